import { Message } from '../../ui/Message.tsx';
import { TextBlock } from '../../ui/TextBlock.tsx';
import { useT } from '../../ui/useT.ts';
import type { SigningDetails } from '../../x402/runPaymentFlow.ts';

/** What was signed: the EIP-712 typed data, its hashes, and whether domain and signer check out. */
export function SigningView({ signing }: { signing: SigningDetails }) {
  const t = useT();
  const domainMatches = signing.hashes.domainSeparator === signing.tokenDomainSeparator;
  const signerMatches = signing.recoveredSigner === signing.payer;
  const typedData = {
    ...signing.typedData,
    message: Object.fromEntries(Object.entries(signing.typedData.message).map(([key, value]) => [key, String(value)])),
  };
  return (
    <details className="pg-details x4-exchange">
      <summary>{t('x402.pg.sign.details')}</summary>
      <TextBlock title={t('x402.pg.sign.typedData')} text={JSON.stringify(typedData, null, 2)} />
      <dl className="x4-facts">
        <dt>{t('x402.pg.sign.domainSeparator')}</dt>
        <dd className="pg-mono pg-break">{signing.hashes.domainSeparator}</dd>
        <dt>{t('x402.pg.sign.tokenDomainSeparator')}</dt>
        <dd className="pg-mono pg-break">{signing.tokenDomainSeparator}</dd>
        <dt>{t('x402.pg.sign.structHash')}</dt>
        <dd className="pg-mono pg-break">{signing.hashes.structHash}</dd>
        <dt>{t('x402.pg.sign.digest')}</dt>
        <dd className="pg-mono pg-break">{signing.hashes.digest}</dd>
        <dt>{t('x402.pg.sign.signature')}</dt>
        <dd className="pg-mono pg-break">{signing.signature}</dd>
        <dt>{t('x402.pg.sign.recovered')}</dt>
        <dd className="pg-mono pg-break">{signing.recoveredSigner ?? '—'}</dd>
      </dl>
      <Message tone={domainMatches ? 'pass' : 'fail'}>
        {t(domainMatches ? 'x402.pg.sign.domainMatches' : 'x402.pg.sign.domainDiffers')}
      </Message>
      <Message tone={signerMatches ? 'pass' : 'fail'}>
        {t(signerMatches ? 'x402.pg.sign.signerMatches' : 'x402.pg.sign.signerDiffers', { payer: signing.payer })}
      </Message>
    </details>
  );
}
