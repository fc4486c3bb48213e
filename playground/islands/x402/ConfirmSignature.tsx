import { Section } from '../../ui/Section.tsx';
import { TextBlock } from '../../ui/TextBlock.tsx';
import { useT } from '../../ui/useT.ts';
import { WalletError } from '../../x402/client/walletErrors.ts';
import type { PendingSignature } from './usePaymentPlayground.ts';

/** Shows the typed data a wallet is about to sign and lets the reader send it or decline. */
export function ConfirmSignature({ pending }: { pending: PendingSignature }) {
  const t = useT();
  return (
    <Section className="x4-confirm" title={t('x402.pg.wallet.confirmTitle')}>
      <p>{t('x402.pg.wallet.confirmText')}</p>
      <TextBlock title={t('x402.pg.wallet.typedData')} text={pending.json} />
      <div className="pg-row">
        <button type="button" className="pg-button pg-primary" onClick={pending.resolve}>
          {t('x402.pg.wallet.sign')}
        </button>
        <button
          type="button"
          className="pg-button"
          onClick={() => pending.reject(new WalletError('wallet_declined', 'The reader declined to sign'))}
        >
          {t('x402.pg.wallet.cancel')}
        </button>
      </div>
    </Section>
  );
}
