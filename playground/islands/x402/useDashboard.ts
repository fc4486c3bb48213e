import { useCallback, useEffect, useRef, useState } from 'react';
import {
  addPayment,
  applyDashboardMessage,
  DASHBOARD_BROADCAST_CHANNEL,
  type DashboardMessage,
  type DashboardState,
  dashboardStateMessage,
  EMPTY_DASHBOARD,
} from '../../x402/ledger/paymentDashboard.ts';
import type { LedgerPayment } from '../../x402/ledger/paymentLedger.ts';
import type { PaymentPlayground } from '../../x402/startPaymentPlayground.ts';

/** Keeps the dashboard in step with the ledger's notifications and with other tabs of this page. */
export function useDashboard() {
  const [dashboard, setDashboard] = useState<DashboardState>(EMPTY_DASHBOARD);
  const [ledgerFailed, setLedgerFailed] = useState(false);
  const latest = useRef(dashboard);
  latest.current = dashboard;
  const channel = useRef<BroadcastChannel | null>(null);

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const opened = new BroadcastChannel(DASHBOARD_BROADCAST_CHANNEL);
    channel.current = opened;
    opened.onmessage = (event: MessageEvent<DashboardMessage>) => {
      if (event.data?.type === 'hello') opened.postMessage(dashboardStateMessage(latest.current));
      else setDashboard((current) => applyDashboardMessage(current, event.data));
    };
    // A tab opened later asks the others for what they have seen.
    opened.postMessage({ type: 'hello' } satisfies DashboardMessage);
    return () => {
      channel.current = null;
      opened.close();
    };
  }, []);

  const connect = useCallback((playground: PaymentPlayground) => {
    const announce = (payment: LedgerPayment) => {
      setDashboard((current) => addPayment(current, payment));
      channel.current?.postMessage({ type: 'payment', payment } satisfies DashboardMessage);
    };
    // The boot error itself is the Pay button's to show; the dashboard only says it no longer updates.
    playground
      .ledger()
      .then((ledger) => ledger.subscribe(announce))
      .catch(() => setLedgerFailed(true));
  }, []);

  return { dashboard, ledgerFailed, connect };
}
