import { useId } from 'react';
import type { InsforgeVerdict } from '../../jwt/checkInsforgeToken.ts';
import { CodeBlock } from '../../ui/CodeBlock.tsx';
import { localizeDetails } from '../../ui/describeError.ts';
import { useT } from '../../ui/useT.ts';
import { STATUS } from './status.ts';

/** InsForge's answer to a token: accepted or refused, rule by rule, then the claims Postgres receives. */
export function VerdictView({ verdict }: { verdict: InsforgeVerdict }) {
  const t = useT();
  const id = useId();
  const claimsJson = verdict.claims && JSON.stringify(verdict.claims, null, 2);
  return (
    <div className="pg-stack">
      <p className={`pg-message pg-verdict ${verdict.accepted ? 'pg-pass' : 'pg-fail'}`} role="status">
        <strong>
          {verdict.accepted
            ? t('jwt.check.accepted', { role: verdict.dbRole ?? '' })
            : t('jwt.check.refused', { status: verdict.httpStatus })}
        </strong>
      </p>
      <ul className="pg-rules" aria-label={t('jwt.check.rulesLabel')}>
        {verdict.rules.map((rule) => (
          <li key={rule.rule} className={`pg-rule pg-${rule.status}`}>
            <span className="pg-badge">
              <span aria-hidden="true">{STATUS[rule.status].icon} </span>
              {t(STATUS[rule.status].key)}
            </span>{' '}
            <strong>{t(`jwt.insforge.rule.${rule.rule}`)}</strong>
            <span className="pg-rule-text"> {t(rule.messageKey, localizeDetails(t, rule.details ?? {}))}</span>
          </li>
        ))}
      </ul>
      {claimsJson && (
        <>
          <h4 id={`${id}-claims`}>{t('jwt.check.claimsTitle')}</h4>
          <p className="pg-hint">{t('jwt.check.claimsHint')}</p>
          <CodeBlock code={claimsJson} language="json" label={t('jwt.check.claimsTitle')} />
          <p>
            {t('jwt.check.requestingUserId')}{' '}
            <code className="pg-result">
              {verdict.requestingUserId === null ? 'NULL' : `'${verdict.requestingUserId}'`}
            </code>
          </p>
          <p className="pg-hint">
            {verdict.requestingUserId === null
              ? t(verdict.dbRole === 'anon' ? 'jwt.check.userIdNull.anon' : 'jwt.check.userIdNull.admin')
              : t('jwt.check.userIdHint')}
          </p>
        </>
      )}
    </div>
  );
}
