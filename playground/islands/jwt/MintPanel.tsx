import { type ReactNode, useState } from 'react';
import { getProvider } from '../../catalog/providers.ts';
import { INSFORGE_BACKEND } from '../../jwt/insforgeBackend.ts';
import type { JwtMode } from '../../jwt/jwtHashState.ts';
import { type MintedToken, type MintOptions, mintToken } from '../../jwt/mintToken.ts';
import { Field } from '../../ui/Field.tsx';
import { ErrorMessage } from '../../ui/Message.tsx';
import { useT } from '../../ui/useT.ts';
import type { StateProps } from './hashState.ts';
import { MintedView } from './MintedView.tsx';
import { MintServerCode } from './MintServerCode.tsx';
import { SecretField, type SecretProps } from './SecretField.tsx';

type MintOutcome = { ok: true; minted: MintedToken } | { ok: false; error: unknown } | null;

interface MintPanelProps extends StateProps, SecretProps {
  /** Opens a minted token in another mode. */
  readonly onOpen: (token: string, mode: JwtMode) => void;
}

/** Mints an InsForge token from the claims in the form, and shows the server code that mints the same. */
export function MintPanel({ state, update, secret, setSecret, onOpen }: MintPanelProps) {
  const t = useT();
  const [outcome, setOutcome] = useState<MintOutcome>(null);
  const provider = getProvider(state.provider);
  const options: MintOptions = {
    sub: state.sub,
    role: state.role,
    ...(state.aud !== '' && { aud: state.aud }),
    ...(state.email !== '' && { email: state.email }),
    expiresInSeconds: state.exp,
    provider: state.provider,
  };

  async function mint() {
    try {
      setOutcome({ ok: true, minted: await mintToken(options, secret) });
    } catch (error) {
      setOutcome({ ok: false, error });
    }
  }

  return (
    <div className="pg-stack">
      <p className="pg-hint">{t('jwt.mint.intro', { provider: provider.name })}</p>
      <div className="pg-grid">
        <ClaimInput label={t('jwt.mint.sub')} value={state.sub} onChange={(sub) => update({ sub })}>
          <p className="pg-hint">{t('jwt.mint.subHint', { example: provider.userId.examples[0] })}</p>
        </ClaimInput>
        <ClaimInput
          label={t('jwt.mint.role')}
          value={state.role}
          onChange={(role) => update({ role })}
          suggestions={INSFORGE_BACKEND.roles}
        />
        <ClaimInput label={t('jwt.mint.aud')} value={state.aud} onChange={(aud) => update({ aud })} />
        <ClaimInput label={t('jwt.mint.email')} value={state.email} onChange={(email) => update({ email })} />
        <Field label={t('jwt.mint.exp')}>
          {({ id }) => (
            <input
              id={id}
              className="pg-input"
              type="number"
              min={1}
              inputMode="numeric"
              value={state.exp}
              onChange={(event) => update({ exp: Number(event.target.value) })}
            />
          )}
        </Field>
      </div>
      <SecretField label={t('jwt.mint.secret')} secret={secret} setSecret={setSecret} />
      <div className="pg-row">
        <button type="button" className="pg-button pg-primary" onClick={mint}>
          {t('jwt.mint.button')}
        </button>
      </div>
      <div aria-live="polite" className="pg-stack">
        {outcome && !outcome.ok && <ErrorMessage error={outcome.error} />}
        {outcome?.ok && <MintedView minted={outcome.minted} onOpen={onOpen} />}
      </div>
      <MintServerCode provider={state.provider} options={{ ...options, secretEncoding: secret.encoding }} />
    </div>
  );
}

interface ClaimInputProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Values the browser offers as the reader types (the roles Postgres knows). */
  readonly suggestions?: readonly string[];
  /** Shown under the input. */
  readonly children?: ReactNode;
}

/** A text input for one string claim of the token to mint. */
function ClaimInput({ label, value, onChange, suggestions, children }: ClaimInputProps) {
  return (
    <Field label={label}>
      {({ id }) => (
        <>
          <input
            id={id}
            className="pg-input pg-mono"
            value={value}
            onChange={(event) => onChange(event.target.value)}
            list={suggestions && `${id}-suggestions`}
            spellCheck={false}
            autoComplete="off"
          />
          {suggestions && (
            <datalist id={`${id}-suggestions`}>
              {suggestions.map((suggestion) => (
                <option key={suggestion} value={suggestion} />
              ))}
            </datalist>
          )}
          {children}
        </>
      )}
    </Field>
  );
}
