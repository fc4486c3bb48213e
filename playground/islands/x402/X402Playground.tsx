import type { Locale } from '../../catalog/locale.ts';
import { useLocale } from '../../ui/locale.tsx';
import { ErrorMessage } from '../../ui/Message.tsx';
import { PlaygroundBoundary } from '../../ui/PlaygroundBoundary.tsx';
import { ShareLinkNotice } from '../../ui/ShareLinkNotice.tsx';
import { useHashState } from '../../ui/useHashState.ts';
import { useHydrated } from '../../ui/useHydrated.ts';
import { parseX402HashState, serializeX402HashState, type X402HashState } from '../../x402/x402HashState.ts';
import { ConfirmSignature } from './ConfirmSignature.tsx';
import { DashboardSection } from './DashboardSection.tsx';
import { FlowResult } from './FlowResult.tsx';
import { InspectorSection } from './InspectorSection.tsx';
import { PayerSection } from './PayerSection.tsx';
import { PaySection } from './PaySection.tsx';
import { warmUpEngine } from './paymentEngine.ts';
import { useDashboard } from './useDashboard.ts';
import { usePaymentPlayground } from './usePaymentPlayground.ts';
import '../../ui/playground.css';
import './x402Playground.css';

const HASH_CODEC = { parse: parseX402HashState, serialize: serializeX402HashState };

// This script loads when the reader reaches for the island (`client:interaction`): fetch the flow while
// React hydrates, so "Create the test key" finds it ready; if it fails, the next action that awaits it says so.
if (!import.meta.env.SSR) warmUpEngine();

/** The x402 playground island, in a boundary that turns a failure into a message and a way back. */
export default function X402Playground({ locale }: { readonly locale: Locale }) {
  return (
    <PlaygroundBoundary locale={locale}>
      <X402Tool />
    </PlaygroundBoundary>
  );
}

/** The x402 playground: pay in the tab, break it on purpose, watch the ledger, inspect headers. */
function X402Tool() {
  const locale = useLocale();
  const live = useHydrated();
  const [state, setState, refused] = useHashState(HASH_CODEC);
  const update = (change: Partial<X402HashState>) => setState((current) => ({ ...current, ...change }));
  const { dashboard, ledgerFailed, connect } = useDashboard();
  const payment = usePaymentPlayground(connect);

  return (
    <div className="pg-root not-content x4-root" lang={locale} data-live={live || undefined}>
      <ShareLinkNotice refused={refused} />
      <PayerSection
        payWith={payment.payWith}
        onPayWithChange={payment.setPayWith}
        payer={payment.payer}
        wallet={payment.wallet}
        busy={payment.busy}
        onCreateTestKey={payment.createTestKey}
        onConnectWallet={payment.connectWallet}
        onTopUp={payment.topUp}
        onNewTestKey={payment.newTestKey}
      />
      <PaySection
        state={state}
        update={update}
        busy={payment.busy}
        canPay={payment.canPay}
        stage={payment.stage}
        onPay={() => payment.pay(state)}
      />
      {payment.pending && <ConfirmSignature pending={payment.pending} />}
      {payment.error !== null && <ErrorMessage error={payment.error} role="alert" />}
      {payment.result && <FlowResult result={payment.result} />}
      <DashboardSection dashboard={dashboard} ledgerFailed={ledgerFailed} />
      <InspectorSection lastRun={payment.result} />
    </div>
  );
}
