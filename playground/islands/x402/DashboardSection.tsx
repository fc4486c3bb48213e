import { formatUsdg } from '../../catalog/chains.ts';
import { Message } from '../../ui/Message.tsx';
import { Section } from '../../ui/Section.tsx';
import { useT } from '../../ui/useT.ts';
import type { DashboardState } from '../../x402/ledger/paymentDashboard.ts';

interface DashboardSectionProps {
  readonly dashboard: DashboardState;
  /** The ledger did not start, so no payment will be announced here. */
  readonly ledgerFailed: boolean;
}

/** The ledger's running totals and newest payments, as the guide's realtime dashboard shows them. */
export function DashboardSection({ dashboard, ledgerFailed }: DashboardSectionProps) {
  const t = useT();
  return (
    <Section title={t('x402.pg.dashboard.title')}>
      <p className="pg-hint">{t('x402.pg.dashboard.hint')}</p>
      {ledgerFailed && (
        <Message tone="warn" role="status">
          {t('x402.pg.dashboard.unavailable')}
        </Message>
      )}
      <dl className="x4-facts x4-totals" aria-live="polite">
        <dt>{t('x402.pg.dashboard.count')}</dt>
        <dd data-total="count">{dashboard.totals.count}</dd>
        <dt>{t('x402.pg.dashboard.revenue')}</dt>
        <dd data-total="revenue">{formatUsdg(dashboard.totals.revenue)}</dd>
      </dl>
      {dashboard.recent.length === 0 ? (
        <p className="pg-hint">{t('x402.pg.dashboard.empty')}</p>
      ) : (
        <div className="pg-table-scroll">
          <table className="pg-table x4-payments">
            <caption className="sr-only">{t('x402.pg.dashboard.recent')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('x402.pg.dashboard.time')}</th>
                <th scope="col">{t('x402.pg.dashboard.payer')}</th>
                <th scope="col">{t('x402.pg.dashboard.amount')}</th>
                <th scope="col">{t('x402.pg.dashboard.tx')}</th>
              </tr>
            </thead>
            <tbody>
              {dashboard.recent.map((payment) => (
                <tr key={payment.id}>
                  <td>
                    <time dateTime={payment.created_at}>{new Date(payment.created_at).toLocaleTimeString()}</time>
                  </td>
                  <td className="pg-mono">{shorten(payment.payer_address)}</td>
                  <td>{formatUsdg(payment.amount)}</td>
                  <td className="pg-mono" data-tx={payment.tx_hash}>
                    {/* The mock facilitator never broadcasts: an explorer link would lead to nothing. */}
                    <span title={payment.tx_hash}>{shorten(payment.tx_hash)}</span>{' '}
                    <span className="pg-badge">{t('x402.pg.dashboard.simulated')}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}

/** An address or hash cut to its ends (`0x1234ab…cdef`); the table has no room for 66 characters. */
const shorten = (hex: string) => (hex.length > 14 ? `${hex.slice(0, 8)}…${hex.slice(-4)}` : hex);
