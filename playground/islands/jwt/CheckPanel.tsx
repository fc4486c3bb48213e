import { useMemo } from 'react';
import { checkInsforgeSignature, insforgeVerdictAt } from '../../jwt/checkInsforgeToken.ts';
import { type SecretInput, secretToBytes } from '../../jwt/secretToBytes.ts';
import { ErrorMessage } from '../../ui/Message.tsx';
import { useAsync } from '../../ui/useAsync.ts';
import { useT } from '../../ui/useT.ts';
import { SecretField, type SecretProps } from './SecretField.tsx';
import { VerdictView } from './VerdictView.tsx';

/** "Would InsForge accept this token?": the backend's rules, checked with the project's JWT secret. */
export function CheckPanel({ token, now, secret, setSecret }: SecretProps & { token: string; now: number }) {
  const t = useT();
  const key = useMemo(() => readSecret(secret), [secret]);
  const hasToken = token.trim() !== '';
  return (
    <div className="pg-stack">
      <SecretField label={t('jwt.check.secret')} secret={secret} setSecret={setSecret} />
      <p className="pg-hint">{t('jwt.check.secretHint', { envVar: 'JWT_SECRET' })}</p>
      {hasToken && key.error !== null && <ErrorMessage error={key.error} />}
      {hasToken && <CheckedVerdict token={token} hmacKey={key.value} now={now} />}
    </div>
  );
}

/** Checks the token's signature, then shows InsForge's verdict at `now` (or why the check itself failed). */
function CheckedVerdict({ token, hmacKey, now }: { token: string; hmacKey: string | Uint8Array; now: number }) {
  // The signature is verified when the token or the secret changes; the clock's ticks only move the
  // expiry line, which the verdict below recomputes without touching the signature again.
  const checked = useAsync(() => checkInsforgeSignature(token, hmacKey), [token, hmacKey], { keepWhileRunning: true });
  if (checked.status === 'failed') return <ErrorMessage error={checked.error} />;
  if (checked.status !== 'done') return null;
  return <VerdictView verdict={insforgeVerdictAt(checked.value, now)} />;
}

/**
 * The secret as the backend keys its HMAC: text as typed, base64url as bytes. A secret that does not
 * decode is reported, and the check goes on with an empty key, which fails the signature rule.
 */
function readSecret(secret: SecretInput): { value: string | Uint8Array; error: unknown } {
  try {
    return { value: secret.encoding === 'utf8' ? secret.value : secretToBytes(secret), error: null };
  } catch (error) {
    return { value: new Uint8Array(), error };
  }
}
