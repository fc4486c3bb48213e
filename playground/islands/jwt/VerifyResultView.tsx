import type { ClaimExplanation } from '../../jwt/explainClaims.ts';
import type { VerifyResult } from '../../jwt/verifyToken.ts';
import { formatRelativeTime } from '../../ui/formatRelativeTime.ts';
import { useLocale } from '../../ui/locale.tsx';
import { Message } from '../../ui/Message.tsx';
import { useT } from '../../ui/useT.ts';
import { STATUS } from './status.ts';

const SIGNED_BUT = { expired: 'jwt.verify.but.expired', not_yet_valid: 'jwt.verify.but.not_yet_valid' } as const;

interface VerifyResultViewProps {
  readonly result: VerifyResult;
  /** The token's time claims that are out of date: a valid signature does not make the token usable. */
  readonly expiryFlags: ClaimExplanation[];
}

/** Whether the signature verified (or why not), then what still stands in the token's way. */
export function VerifyResultView({ result, expiryFlags }: VerifyResultViewProps) {
  const t = useT();
  const locale = useLocale();
  const details = { ...result.details, alg: result.alg ?? '?' };
  return (
    <>
      {result.valid ? (
        <Message tone="pass">
          <span aria-hidden="true">{STATUS.pass.icon} </span>
          {t('jwt.verify.valid', details)}
        </Message>
      ) : (
        <Message tone="fail">
          <span aria-hidden="true">{STATUS.fail.icon} </span>
          {t(`jwt.verify.reason.${result.reason ?? 'invalid_jws'}`, details)}
        </Message>
      )}
      {result.valid &&
        expiryFlags.map((claim) => (
          <Message key={claim.claim} tone="warn">
            {t(SIGNED_BUT[claim.flag ?? 'expired'], {
              when: formatRelativeTime(claim.time?.relativeSeconds ?? 0, locale),
            })}
          </Message>
        ))}
      {result.warnings.map((warning) => (
        <Message key={warning} tone="warn">
          <span aria-hidden="true">{STATUS.warn.icon} </span>
          {t(`jwt.verify.warning.${warning}`, details)}
        </Message>
      ))}
    </>
  );
}
