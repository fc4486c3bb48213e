import { formatUsdg } from '../../catalog/chains.ts';
import { Message } from '../../ui/Message.tsx';
import { RadioGroup } from '../../ui/RadioGroup.tsx';
import { Section } from '../../ui/Section.tsx';
import { useT } from '../../ui/useT.ts';
import { PAY_WITH, type Payer, type PayWith } from './usePaymentPlayground.ts';

interface PayerSectionProps {
  readonly payWith: PayWith;
  readonly onPayWithChange: (payWith: PayWith) => void;
  readonly payer: Payer | null;
  /** The connected wallet's address, if any. */
  readonly wallet: string | null;
  readonly busy: boolean;
  readonly onCreateTestKey: () => void;
  readonly onConnectWallet: () => void;
  readonly onTopUp: () => void;
  readonly onNewTestKey: () => void;
}

/** Who pays: the tab's test key or a wallet, the payer's address and balance, and the faucet. */
export function PayerSection({
  payWith,
  onPayWithChange,
  payer,
  wallet,
  busy,
  onCreateTestKey,
  onConnectWallet,
  onTopUp,
  onNewTestKey,
}: PayerSectionProps) {
  const t = useT();
  return (
    <Section title={t('x402.pg.payer.title')}>
      <RadioGroup
        legend={t('x402.pg.payer.payWith')}
        value={payWith}
        options={PAY_WITH}
        optionLabel={(option) => t(`x402.pg.payer.${option}`)}
        onChange={onPayWithChange}
      />
      {payWith === 'test-key' ? (
        <p className="pg-hint">{t('x402.pg.payer.testKeyHint')}</p>
      ) : (
        <>
          <Message tone="warn">{t('x402.pg.wallet.warning')}</Message>
          <div className="pg-row">
            <button type="button" className="pg-button" disabled={busy} onClick={onConnectWallet}>
              {wallet ? t('x402.pg.wallet.reconnect') : t('x402.pg.wallet.connect')}
            </button>
          </div>
        </>
      )}
      {payer ? (
        <dl className="x4-facts">
          <dt>{t('x402.pg.payer.address')}</dt>
          <dd className="pg-mono pg-break">{payer.address}</dd>
          <dt>{t('x402.pg.payer.balance')}</dt>
          <dd>{formatUsdg(payer.balance)}</dd>
        </dl>
      ) : (
        payWith === 'test-key' && (
          <div className="pg-row">
            <button type="button" className="pg-button" disabled={busy} onClick={onCreateTestKey}>
              {t('x402.pg.payer.create')}
            </button>
          </div>
        )
      )}
      {payer && (
        <div className="pg-row">
          <button type="button" className="pg-button" disabled={busy} onClick={onTopUp}>
            {t('x402.pg.payer.topUp')}
          </button>
          {payWith === 'test-key' && (
            <button type="button" className="pg-button" disabled={busy} onClick={onNewTestKey}>
              {t('x402.pg.payer.newKey')}
            </button>
          )}
        </div>
      )}
    </Section>
  );
}
