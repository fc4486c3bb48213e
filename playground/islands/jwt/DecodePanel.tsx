import { useId } from 'react';
import { explainClaims } from '../../jwt/explainClaims.ts';
import { extractNestedInsforgeToken } from '../../jwt/providerPresets.ts';
import { SEGMENTS } from '../../jwt/tokenSegments.ts';
import { ErrorMessage, Message } from '../../ui/Message.tsx';
import { TextBlock } from '../../ui/TextBlock.tsx';
import { useT } from '../../ui/useT.ts';
import { ClaimsTable } from './ClaimsTable.tsx';
import type { Decoded } from './decodeOrError.ts';

interface DecodePanelProps {
  readonly decoded: Decoded;
  readonly now: number;
  /** Opens a token found inside this one (Auth0 carries the InsForge token in a claim). */
  readonly onOpen: (token: string) => void;
}

/** The decoded token: header, payload and what each claim means, or why it does not decode. */
export function DecodePanel({ decoded, now, onOpen }: DecodePanelProps) {
  const t = useT();
  const id = useId();
  if (decoded === null) return <p className="pg-hint">{t('jwt.decode.empty')}</p>;
  if (!decoded.ok) return <ErrorMessage error={decoded.error} role="status" />;
  const token = decoded.value;
  if (token.kind === 'jwe') {
    return (
      <div className="pg-stack">
        <Message tone="warn" role="status">
          {t('jwt.decode.jwe', { alg: token.alg ?? '?', enc: token.enc ?? '?' })}
        </Message>
        <TextBlock title={t(SEGMENTS.header)} text={JSON.stringify(token.header, null, 2)} />
      </div>
    );
  }
  const nested = extractNestedInsforgeToken(token.payload);
  return (
    <div className="pg-stack">
      <p className="pg-hint">{t('jwt.decode.summary', { alg: token.alg ?? '?', bytes: token.signatureLength })}</p>
      {nested && (
        <Message tone="info" as="div">
          <p>{t('jwt.decode.nested', { claim: nested.claim })}</p>
          <button type="button" className="pg-button" onClick={() => onOpen(nested.token)}>
            {t('jwt.decode.openNested')}
          </button>
        </Message>
      )}
      <div className="pg-columns">
        <TextBlock title={t(SEGMENTS.header)} text={JSON.stringify(token.header, null, 2)} />
        <TextBlock title={t(SEGMENTS.payload)} text={JSON.stringify(token.payload, null, 2)} />
      </div>
      <h4 id={`${id}-claims`}>{t('jwt.decode.claimsTitle')}</h4>
      <ClaimsTable claims={explainClaims(token.payload, now)} labelledBy={`${id}-claims`} />
    </div>
  );
}
