import { useEffect, useMemo, useState } from 'react';
import type { MessageKey } from '../../i18n/messageKey.ts';
import { type ClaimExplanation, explainClaims } from '../../jwt/explainClaims.ts';
import type { SecretInput } from '../../jwt/secretToBytes.ts';
import { type VerificationKey, verifyToken } from '../../jwt/verifyToken.ts';
import { Field } from '../../ui/Field.tsx';
import { ErrorMessage } from '../../ui/Message.tsx';
import { RadioGroup } from '../../ui/RadioGroup.tsx';
import { useAsync } from '../../ui/useAsync.ts';
import { useT } from '../../ui/useT.ts';
import type { Decoded } from './decodeOrError.ts';
import { SecretField, type SecretProps } from './SecretField.tsx';
import { VerifyResultView } from './VerifyResultView.tsx';

type KeyKind = VerificationKey['kind'];

const KEY_KINDS: readonly KeyKind[] = ['secret', 'pem', 'jwk'];
const KEY_KIND_LABELS: Readonly<Record<KeyKind, MessageKey>> = {
  secret: 'jwt.verify.kind.secret',
  pem: 'jwt.verify.kind.pem',
  jwk: 'jwt.verify.kind.jwk',
};

interface VerifyPanelProps extends SecretProps {
  readonly token: string;
  readonly decoded: Decoded;
  readonly now: number;
}

/** Verifies the token's signature with a secret, a PEM public key or a JWK(S), as the reader chooses. */
export function VerifyPanel({ token, decoded, now, secret, setSecret }: VerifyPanelProps) {
  const t = useT();
  const [kind, setKind] = useState<KeyKind>('secret');
  const [pem, setPem] = useState('');
  const [jwk, setJwk] = useState('');
  const alg = decoded?.ok ? decoded.value.alg : undefined;

  useEffect(() => {
    // Offer the kind of key the token's algorithm needs: a secret for HS*, a public key otherwise.
    if (alg === undefined || alg.toLowerCase() === 'none') return;
    setKind((current) => (alg.startsWith('HS') ? 'secret' : current === 'secret' ? 'jwk' : current));
  }, [alg]);

  const keyText = kind === 'secret' ? secret.value : kind === 'pem' ? pem : jwk;
  const key = useMemo(() => chosenKey(kind, secret, pem, jwk), [kind, secret, pem, jwk]);
  const canVerify = token.trim() !== '' && keyText.trim() !== '';

  const payload = decoded?.ok && decoded.value.kind === 'jws' ? decoded.value.payload : {};
  const flags = explainClaims(payload, now).filter((claim) => claim.flag);
  return (
    <div className="pg-stack">
      <RadioGroup
        legend={t('jwt.verify.keyKind')}
        value={kind}
        options={KEY_KINDS}
        optionLabel={(option) => t(KEY_KIND_LABELS[option])}
        onChange={setKind}
      />
      {kind === 'secret' && <SecretField label={t('jwt.verify.secret')} secret={secret} setSecret={setSecret} />}
      {kind !== 'secret' && (
        <Field label={t(kind === 'pem' ? 'jwt.verify.pemLabel' : 'jwt.verify.jwkLabel')} layout="pg-stack">
          {({ id }) => (
            <>
              <textarea
                id={id}
                className="pg-textarea pg-mono"
                rows={6}
                value={kind === 'pem' ? pem : jwk}
                onChange={(event) => (kind === 'pem' ? setPem : setJwk)(event.target.value)}
                spellCheck={false}
                autoComplete="off"
                placeholder={kind === 'pem' ? '-----BEGIN PUBLIC KEY-----' : '{ "keys": [ … ] }'}
              />
              <p className="pg-hint">{t('jwt.verify.noFetch')}</p>
            </>
          )}
        </Field>
      )}
      <div aria-live="polite" className="pg-stack">
        {canVerify && <Verification token={token} verificationKey={key} expiryFlags={flags} />}
      </div>
    </div>
  );
}

interface VerificationProps {
  readonly token: string;
  readonly verificationKey: VerificationKey;
  readonly expiryFlags: ClaimExplanation[];
}

/** Verifies the token again whenever it or the key changes, and shows the latest answer. */
function Verification({ token, verificationKey, expiryFlags }: VerificationProps) {
  const outcome = useAsync(() => verifyToken(token, verificationKey), [token, verificationKey], {
    // The last answer stays until the next one arrives, so the result does not flicker as the reader types.
    keepWhileRunning: true,
  });
  if (outcome.status === 'failed') return <ErrorMessage error={outcome.error} />;
  if (outcome.status === 'done') return <VerifyResultView result={outcome.value} expiryFlags={expiryFlags} />;
  return null;
}

/** The key as `verifyToken` takes it, from the field of the chosen kind. */
function chosenKey(kind: KeyKind, secret: SecretInput, pem: string, jwk: string): VerificationKey {
  return kind === 'secret' ? { kind, ...secret } : kind === 'pem' ? { kind, pem } : { kind, json: jwk };
}
