import { useId, useState } from 'react';
import { type JwtHashState, serializeJwtHashState } from '../../jwt/jwtHashState.ts';
import { CopyButton } from '../../ui/CopyButton.tsx';
import { Field } from '../../ui/Field.tsx';
import { Section } from '../../ui/Section.tsx';
import { useT } from '../../ui/useT.ts';

/** Makes a link that opens the playground as it is set up, with the token only if the reader asks. */
export function SharePanel({ state, token }: { state: JwtHashState; token: string }) {
  const t = useT();
  const id = useId();
  const [withToken, setWithToken] = useState(false);
  const [link, setLink] = useState('');
  const canShareToken = token.trim() !== '';

  function share() {
    const hash = serializeJwtHashState({ ...state, token: token.trim() }, { includeToken: withToken && canShareToken });
    setLink(`${window.location.origin}${window.location.pathname}${hash}`);
  }

  return (
    <Section title={t('jwt.share.title')}>
      <p className="pg-hint">{t('jwt.share.intro')}</p>
      <label>
        <input
          type="checkbox"
          checked={withToken}
          disabled={!canShareToken}
          onChange={(event) => {
            setWithToken(event.target.checked);
            setLink('');
          }}
          aria-describedby={withToken ? `${id}-warning` : undefined}
        />{' '}
        {t('jwt.share.includeToken')}
      </label>
      {withToken && (
        <p id={`${id}-warning`} className="pg-message pg-warn">
          {t('jwt.share.tokenWarning')}
        </p>
      )}
      <div className="pg-row">
        <button type="button" className="pg-button" onClick={share}>
          {withToken ? t('jwt.share.buttonWithToken') : t('jwt.share.button')}
        </button>
      </div>
      {link !== '' && (
        <Field label={t('jwt.share.link')} layout="pg-stack">
          {(control) => (
            <>
              <input id={control.id} className="pg-input pg-mono" readOnly value={link} />
              <div className="pg-row">
                <CopyButton text={link} label={t('jwt.share.link')} />
              </div>
            </>
          )}
        </Field>
      )}
    </Section>
  );
}
