import { type ReactNode, useCallback, useEffect, useId, useRef, useState } from 'react';
import { formatUsdg, PLAYGROUND_USDG, USDG } from './catalog/chains.ts';
import type { Locale } from './catalog/locale.ts';
import type { SandboxStage } from './sandbox/createSandbox.ts';
import { describeError } from './ui/describeError.ts';
import { PlaygroundBoundary } from './ui/PlaygroundBoundary.tsx';
import { ShareLinkNotice } from './ui/ShareLinkNotice.tsx';
import { TextBlock } from './ui/TextBlock.tsx';
import type { Translate } from './ui/translate.ts';
import { useHashState } from './ui/useHashState.ts';
import { useHydrated } from './ui/useHydrated.ts';
import { useT } from './ui/useT.ts';
import type { Eip1193Provider } from './x402/client/connectWallet.ts';
import type { TypedDataSigner } from './x402/client/signTransferAuthorization.ts';
import { WalletError } from './x402/client/walletErrors.ts';
import { facilitatorVerdict } from './x402/facilitator/facilitatorVerdict.ts';
import {
  addPayment,
  applyDashboardMessage,
  DASHBOARD_BROADCAST_CHANNEL,
  type DashboardMessage,
  type DashboardState,
  dashboardStateMessage,
  EMPTY_DASHBOARD,
} from './x402/ledger/paymentDashboard.ts';
import type { LedgerPayment } from './x402/ledger/paymentLedger.ts';
import { FLOW_STEPS, MISTAKE_FAILURES, PAYMENT_MISTAKES, type PaymentMistake } from './x402/paymentMistakes.ts';
import type { FlowStep, FlowStepStatus, PaymentFlowResult } from './x402/runPaymentFlow.ts';
import type { PaymentPlayground } from './x402/startPaymentPlayground.ts';
import type { Finding } from './x402/wire/classifyPaymentMessage.ts';
import type { PaymentHeaderInspection } from './x402/wire/inspectPaymentHeader.ts';
import type { PaymentHeaderName } from './x402/wire/paymentHeaders.ts';
import type { HeaderView, HttpExchange, HttpMessageView } from './x402/wire/recordExchange.ts';
import { errorMessageKey, findingMessageKey, reasonMessageKey } from './x402/wire/x402MessageKeys.ts';
import { parseX402HashState, serializeX402HashState, type X402HashState } from './x402/x402HashState.ts';
import './ui/playground.css';
import './ui/x402Playground.css';

const HASH_CODEC = { parse: parseX402HashState, serialize: serializeX402HashState };
const STATUS_ICONS: Readonly<Record<FlowStepStatus, string>> = { ok: '✓', warning: '!', failed: '✗', skipped: '–' };
const STATUS_CLASSES: Readonly<Record<FlowStepStatus, string>> = {
  ok: 'pg-pass',
  warning: 'pg-warn',
  failed: 'pg-fail',
  skipped: 'pg-info',
};
const INSPECTED_HEADERS: readonly PaymentHeaderName[] = [
  'PAYMENT-REQUIRED',
  'PAYMENT-SIGNATURE',
  'PAYMENT-RESPONSE',
  'X-PAYMENT',
  'X-PAYMENT-RESPONSE',
];

/** viem, PGlite and the flow: downloaded once, as soon as the island's script loads. */
const loadEngine = () =>
  Promise.all([import('./x402/startPaymentPlayground.ts'), import('./x402/client/connectWallet.ts')]).then(
    ([start, wallet]) => ({ ...start, ...wallet }),
  );
type Engine = Awaited<ReturnType<typeof loadEngine>>;
let engine: Promise<Engine> | undefined;
const engineOnce = () => {
  engine ??= loadEngine().catch((error: unknown) => {
    // Offline for a moment: the next click downloads it again.
    engine = undefined;
    throw error;
  });
  return engine;
};
// This script loads when the reader reaches for the island (`client:interaction`): fetch the flow while
// React hydrates, so "Create the test key" finds it ready. A failure is shown by the click that needs it.
if (!import.meta.env.SSR) engineOnce().catch(() => {});

/** The header inspector's decoder: small, but still only loaded when the reader pastes something. */
const loadInspector = () => import('./x402/wire/inspectPaymentHeader.ts');

interface Props {
  readonly locale: Locale;
}

type PayWith = 'test-key' | 'wallet';

/** A wallet signature waiting for the reader to confirm the exact typed data. */
interface PendingSignature {
  readonly json: string;
  readonly resolve: () => void;
  readonly reject: (reason: Error) => void;
}

/** The x402 playground island, in a boundary that turns a failure into a message and a way back. */
export default function X402Playground({ locale }: Props) {
  return (
    <PlaygroundBoundary locale={locale}>
      <X402Tool locale={locale} />
    </PlaygroundBoundary>
  );
}

/** The x402 playground: pay in the tab, break it on purpose, watch the ledger, inspect headers. */
function X402Tool({ locale }: Props) {
  const t = useT();
  const live = useHydrated();
  const [state, setState, refused] = useHashState(HASH_CODEC);
  const update = (change: Partial<X402HashState>) => setState((current) => ({ ...current, ...change }));
  const [payWith, setPayWith] = useState<PayWith>('test-key');
  const [stage, setStage] = useState<SandboxStage | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<PaymentFlowResult | null>(null);
  const [payer, setPayer] = useState<{ address: string; balance: bigint } | null>(null);
  const [wallet, setWallet] = useState<{ provider: Eip1193Provider; address: `0x${string}` } | null>(null);
  const [pending, setPending] = useState<PendingSignature | null>(null);
  const playground = useRef<PaymentPlayground | null>(null);
  const dashboard = useDashboard();

  const start = useCallback(async (): Promise<{ engine: Engine; playground: PaymentPlayground }> => {
    const loaded = await engineOnce();
    if (!playground.current) {
      // The key is there at once; the ledger's Postgres boots in the background and only Pay waits for it.
      const started = loaded.startPaymentPlayground({
        store: sessionStorage,
        onProgress: (next) => setStage(next === 'ready' ? null : next),
      });
      playground.current = started;
      dashboard.connect(started);
    }
    return { engine: loaded, playground: playground.current };
  }, [dashboard.connect]);

  // Unmounted (the error boundary starting over): the ledger's Postgres Worker ends with the island.
  useEffect(
    () => () => {
      playground.current?.close();
      playground.current = null;
    },
    [],
  );

  const showBalance = (current: PaymentPlayground, address: string) =>
    setPayer({ address, balance: current.facilitator.balanceOf(address) });

  // `busy` disables the buttons only after React re-renders: clicks in the same task would all get through.
  const inFlight = useRef(false);
  async function run(task: () => Promise<void>) {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setError(null);
    try {
      await task();
    } catch (caught) {
      setError(caught);
      setStage(null);
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }

  const pay = () =>
    run(async () => {
      const { playground: current, engine: loaded } = await start();
      let signer: TypedDataSigner = current.testAccount;
      if (payWith === 'wallet') {
        if (!wallet) throw new WalletError('wallet_missing', 'Pay with a wallet before one is connected');
        signer = loaded.walletSigner(
          wallet.provider,
          wallet.address,
          (json) => new Promise<void>((resolve, reject) => setPending({ json, resolve, reject })),
        );
      }
      setResult(null);
      const token = state.token === 'usdg' ? USDG : PLAYGROUND_USDG;
      try {
        setResult(await current.pay(signer, state.mistake, { token, origin: window.location.origin }));
      } finally {
        setPending(null);
        showBalance(current, signer.address);
      }
    });

  const connectWallet = () =>
    run(async () => {
      const provider = (window as { ethereum?: Eip1193Provider }).ethereum;
      if (!provider) throw new WalletError('wallet_missing', 'The page has no injected wallet');
      const { engine: loaded, playground: current } = await start();
      const address = await loaded.requestWalletAccount(provider);
      // The mock facilitator knows nothing of the wallet's real balance: give it test USDG like a test key.
      if (current.facilitator.balanceOf(address) === 0n) current.topUp(address);
      setWallet({ provider, address });
      showBalance(current, address);
    });

  const prepare = () =>
    run(async () => {
      const { playground: current } = await start();
      showBalance(current, current.testAccount.address);
    });

  return (
    <div className="pg-root not-content x4-root" lang={locale} data-live={live || undefined}>
      <ShareLinkNotice refused={refused} />
      <PayerSection
        t={t}
        payWith={payWith}
        setPayWith={setPayWith}
        payer={payer}
        wallet={wallet?.address ?? null}
        busy={busy}
        onPrepare={prepare}
        onConnect={connectWallet}
        onTopUp={() =>
          run(async () => {
            const { playground: current } = await start();
            const address = payer?.address ?? current.testAccount.address;
            current.topUp(address as `0x${string}`);
            showBalance(current, address);
          })
        }
        onNewKey={() =>
          run(async () => {
            const { playground: current } = await start();
            showBalance(current, current.newTestKey().address);
          })
        }
      />
      <PaySection
        t={t}
        state={state}
        update={update}
        busy={busy}
        canPay={payWith === 'test-key' || wallet !== null}
        stage={stage}
        onPay={pay}
      />
      {pending && <ConfirmSignature t={t} pending={pending} />}
      {error !== null && (
        <p className="pg-message pg-fail" role="alert">
          {describeError(t, error)}
        </p>
      )}
      {result && <FlowResult t={t} result={result} />}
      <DashboardSection t={t} dashboard={dashboard.state} />
      <InspectorSection t={t} lastRun={result} />
    </div>
  );
}

/** Keeps the dashboard in step with the ledger's notifications and with other tabs of this page. */
function useDashboard() {
  const [state, setState] = useState<DashboardState>(EMPTY_DASHBOARD);
  const latest = useRef(state);
  latest.current = state;
  const channel = useRef<BroadcastChannel | null>(null);

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const opened = new BroadcastChannel(DASHBOARD_BROADCAST_CHANNEL);
    channel.current = opened;
    opened.onmessage = (event: MessageEvent<DashboardMessage>) => {
      if (event.data?.type === 'hello') opened.postMessage(dashboardStateMessage(latest.current));
      else setState((current) => applyDashboardMessage(current, event.data));
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
      setState((current) => addPayment(current, payment));
      channel.current?.postMessage({ type: 'payment', payment } satisfies DashboardMessage);
    };
    playground
      .ledger()
      .then((ledger) => ledger.subscribe(announce))
      .catch(() => {});
  }, []);

  return { state, connect };
}

interface PayerProps {
  readonly t: Translate;
  readonly payWith: PayWith;
  readonly setPayWith: (payWith: PayWith) => void;
  readonly payer: { address: string; balance: bigint } | null;
  readonly wallet: string | null;
  readonly busy: boolean;
  readonly onPrepare: () => void;
  readonly onConnect: () => void;
  readonly onTopUp: () => void;
  readonly onNewKey: () => void;
}

function PayerSection({
  t,
  payWith,
  setPayWith,
  payer,
  wallet,
  busy,
  onPrepare,
  onConnect,
  onTopUp,
  onNewKey,
}: PayerProps) {
  const id = useId();
  return (
    <section className="pg-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('x402.pg.payer.title')}</h3>
      <fieldset className="pg-inline">
        <legend>{t('x402.pg.payer.payWith')}</legend>
        {(['test-key', 'wallet'] as const).map((option) => (
          <label key={option}>
            <input
              type="radio"
              name={`${id}-pay-with`}
              value={option}
              checked={payWith === option}
              onChange={() => setPayWith(option)}
            />{' '}
            {t(`x402.pg.payer.${option}`)}
          </label>
        ))}
      </fieldset>
      {payWith === 'test-key' ? (
        <p className="pg-hint">{t('x402.pg.payer.testKeyHint')}</p>
      ) : (
        <>
          <p className="pg-message pg-warn">{t('x402.pg.wallet.warning')}</p>
          <div className="pg-row">
            <button type="button" className="pg-button" disabled={busy} onClick={onConnect}>
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
            <button type="button" className="pg-button" disabled={busy} onClick={onPrepare}>
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
            <button type="button" className="pg-button" disabled={busy} onClick={onNewKey}>
              {t('x402.pg.payer.newKey')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}

interface PayProps {
  readonly t: Translate;
  readonly state: X402HashState;
  readonly update: (change: Partial<X402HashState>) => void;
  readonly busy: boolean;
  readonly canPay: boolean;
  readonly stage: SandboxStage | null;
  readonly onPay: () => void;
}

function PaySection({ t, state, update, busy, canPay, stage, onPay }: PayProps) {
  const id = useId();
  return (
    <section className="pg-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('x402.pg.pay.title')}</h3>
      <fieldset className="x4-mistakes">
        <legend>{t('x402.pg.mistake.legend')}</legend>
        {PAYMENT_MISTAKES.map((mistake) => (
          <label key={mistake} className="x4-choice">
            <input
              type="radio"
              name={`${id}-mistake`}
              value={mistake}
              checked={state.mistake === mistake}
              onChange={() => update({ mistake })}
            />
            <span>
              <strong>{t(`x402.pg.mistake.${mistake}`)}</strong>
              <span className="pg-hint"> {mistakeExpectation(t, mistake)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <label className="x4-choice">
        <input
          type="checkbox"
          checked={state.token === 'usdg'}
          onChange={(event) => update({ token: event.target.checked ? 'usdg' : 'playground' })}
        />
        <span>
          <strong>{t('x402.pg.token.usdg')}</strong>
          <span className="pg-hint"> {t('x402.pg.token.hint')}</span>
        </span>
      </label>
      {state.token === 'usdg' && <p className="pg-message pg-warn">{t('x402.pg.token.warning')}</p>}
      <div className="pg-row">
        <button type="button" className="pg-button pg-primary" disabled={busy || !canPay} onClick={onPay}>
          {t('x402.pg.pay.button', { amount: formatUsdg('1') })}
        </button>
      </div>
      <p className="pg-hint" role="status">
        {stage ? t(`x402.pg.stage.${stage}`) : busy ? t('x402.pg.pay.busy') : ''}
      </p>
    </section>
  );
}

function mistakeExpectation(t: Translate, mistake: PaymentMistake): string {
  if (mistake === 'none') return t('x402.pg.expect.none');
  if (mistake === 'insert_fails') return t('x402.pg.expect.insert_fails');
  const { step, reason } = MISTAKE_FAILURES[mistake];
  return t('x402.pg.expect.refused', { step: t(`x402.pg.step.${step}`), reason });
}

function ConfirmSignature({ t, pending }: { t: Translate; pending: PendingSignature }) {
  const id = useId();
  return (
    <section className="pg-section x4-confirm" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('x402.pg.wallet.confirmTitle')}</h3>
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
    </section>
  );
}

function FlowResult({ t, result }: { t: Translate; result: PaymentFlowResult }) {
  const id = useId();
  return (
    <section className="pg-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('x402.pg.flow.title')}</h3>
      <Outcome t={t} result={result} />
      <ol className="x4-steps">
        {FLOW_STEPS.flatMap((stepId) => {
          const step = result.steps.find((candidate) => candidate.id === stepId);
          return step ? [<StepItem key={step.id} t={t} step={step} result={result} />] : [];
        })}
      </ol>
    </section>
  );
}

function Outcome({ t, result }: { t: Translate; result: PaymentFlowResult }) {
  if (result.outcome === 'paid') {
    return (
      <p className="pg-message pg-pass" role="status" data-outcome="paid">
        {t('x402.pg.outcome.paid', { tx: result.receipt?.transaction ?? '' })}
      </p>
    );
  }
  if (result.outcome === 'paid_not_recorded') {
    return (
      <div className="pg-message pg-warn" role="status" data-outcome="paid_not_recorded">
        <p>{t('x402.pg.outcome.paid_not_recorded')}</p>
        <pre className="pg-mono x4-log">{result.log.join('\n')}</pre>
      </div>
    );
  }
  return (
    <div className="pg-message pg-fail" role="status" data-outcome="refused">
      <p>
        {t('x402.pg.outcome.refused')} <ReasonText t={t} reason={result.reason ?? ''} />
      </p>
      {result.mistake === 'wrong_domain' && <p>{t('x402.okx.wrongDomain')}</p>}
    </div>
  );
}

function ReasonText({ t, reason }: { t: Translate; reason: string }) {
  return (
    <>
      <code className="x4-reason">{reason}</code> {t(reasonMessageKey(reason))}
    </>
  );
}

function StepItem({ t, step, result }: { t: Translate; step: FlowStep; result: PaymentFlowResult }) {
  return (
    <li className={`x4-step ${STATUS_CLASSES[step.status]}`} data-step={step.id} data-status={step.status}>
      <span className="pg-badge" aria-hidden="true">
        {STATUS_ICONS[step.status]}
      </span>{' '}
      <strong>{t(`x402.pg.step.${step.id}`)}</strong>
      <span className="sr-only"> ({t(`x402.pg.status.${step.status}`)})</span>
      <span className="x4-step-text"> {t(`x402.pg.stepText.${step.id}`)}</span>
      {step.reason && (
        <p className="x4-step-reason">
          <ReasonText t={t} reason={step.reason} />
        </p>
      )}
      {step.id === 'sign' && <SigningView t={t} result={result} />}
      {step.exchanges.map((exchange, index) => (
        // Exchanges of a step never reorder.
        // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed once the flow ran.
        <ExchangeView key={index} t={t} exchange={exchange} />
      ))}
    </li>
  );
}

function SigningView({ t, result }: { t: Translate; result: PaymentFlowResult }) {
  const { signing } = result;
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
      <p className={`pg-message ${domainMatches ? 'pg-pass' : 'pg-fail'}`}>
        {t(domainMatches ? 'x402.pg.sign.domainMatches' : 'x402.pg.sign.domainDiffers')}
      </p>
      <p className={`pg-message ${signerMatches ? 'pg-pass' : 'pg-fail'}`}>
        {t(signerMatches ? 'x402.pg.sign.signerMatches' : 'x402.pg.sign.signerDiffers', { payer: signing.payer })}
      </p>
    </details>
  );
}

function ExchangeView({ t, exchange }: { t: Translate; exchange: HttpExchange }) {
  // A facilitator refuses with HTTP 200: show its verdict so a refusal cannot pass for success.
  const verdict = facilitatorVerdict(exchange);
  return (
    <details className="pg-details x4-exchange">
      <summary>
        <span className="pg-mono">
          {exchange.method} {exchange.path} → {exchange.status}
          {verdict && ` · ${verdict.field}: ${verdict.passed}`}
        </span>
        {verdict && !verdict.passed && <span className="pg-badge pg-fail">{t('x402.pg.exchange.refused')}</span>}
      </summary>
      <MessageView t={t} title={t('x402.pg.exchange.request')} message={exchange.request} />
      <MessageView t={t} title={t('x402.pg.exchange.response')} message={exchange.response} />
    </details>
  );
}

function MessageView({ t, title, message }: { t: Translate; title: string; message: HttpMessageView }) {
  return (
    <div className="x4-message">
      <h4>{title}</h4>
      <HeaderTable t={t} headers={message.headers} />
      {message.body !== undefined && (
        <TextBlock title={t('x402.pg.exchange.body')} text={JSON.stringify(message.body, null, 2)} />
      )}
    </div>
  );
}

function HeaderTable({ t, headers }: { t: Translate; headers: readonly HeaderView[] }) {
  return (
    <div className="pg-table-scroll">
      <table className="pg-table">
        <thead>
          <tr>
            <th scope="col">{t('x402.pg.exchange.header')}</th>
            <th scope="col">{t('x402.pg.exchange.value')}</th>
          </tr>
        </thead>
        <tbody>
          {headers.map((header) => (
            <tr key={header.name}>
              <th scope="row" className="pg-mono">
                {header.name}
              </th>
              <td>
                <span className="pg-mono pg-break">{header.value}</span>
                {header.decoded !== undefined && (
                  <TextBlock
                    title={t('x402.pg.exchange.decoded', { header: header.name })}
                    text={JSON.stringify(header.decoded, null, 2)}
                  />
                )}
                {header.decodeError && <p className="pg-error-text">{t(errorMessageKey(header.decodeError))}</p>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function DashboardSection({ t, dashboard }: { t: Translate; dashboard: DashboardState }) {
  const id = useId();
  return (
    <section className="pg-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('x402.pg.dashboard.title')}</h3>
      <p className="pg-hint">{t('x402.pg.dashboard.hint')}</p>
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
    </section>
  );
}

const shorten = (hex: string) => (hex.length > 14 ? `${hex.slice(0, 8)}…${hex.slice(-4)}` : hex);

/** The inspector's report, or why the value is not base64 JSON at all. */
type Inspection = PaymentHeaderInspection | { readonly error: unknown };

function InspectorSection({ t, lastRun }: { t: Translate; lastRun: PaymentFlowResult | null }) {
  const id = useId();
  const [header, setHeader] = useState<PaymentHeaderName>('PAYMENT-REQUIRED');
  const [value, setValue] = useState('');
  const [inspection, setInspection] = useState<Inspection | null>(null);

  useEffect(() => {
    if (value.trim() === '') {
      setInspection(null);
      return;
    }
    let current = true;
    loadInspector().then(({ inspectPaymentHeader }) => {
      if (!current) return;
      try {
        setInspection(inspectPaymentHeader(value, header));
      } catch (error) {
        setInspection({ error });
      }
    });
    return () => {
      current = false;
    };
  }, [header, value]);

  const lastHeaders = lastRun?.steps.flatMap((step) =>
    step.exchanges.flatMap((exchange) => [...exchange.request.headers, ...exchange.response.headers]),
  );
  const fromLastRun = lastHeaders?.find((candidate) => candidate.name === header);

  return (
    <section className="pg-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('x402.pg.inspector.title')}</h3>
      <p className="pg-hint">{t('x402.pg.inspector.hint')}</p>
      <div className="pg-row">
        <label htmlFor={`${id}-header`}>{t('x402.pg.inspector.header')}</label>
        <select
          id={`${id}-header`}
          value={header}
          onChange={(event) => setHeader(event.target.value as PaymentHeaderName)}
        >
          {INSPECTED_HEADERS.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
        {fromLastRun && (
          <button type="button" className="pg-button" onClick={() => setValue(fromLastRun.value)}>
            {t('x402.pg.inspector.fromLastRun')}
          </button>
        )}
      </div>
      <div className="pg-field">
        <label htmlFor={`${id}-value`}>{t('x402.pg.inspector.value')}</label>
        <textarea
          id={`${id}-value`}
          className="pg-textarea pg-mono"
          rows={4}
          spellCheck={false}
          value={value}
          onChange={(event) => setValue(event.target.value)}
        />
      </div>
      {inspection && <InspectionView t={t} inspection={inspection} />}
    </section>
  );
}

function InspectionView({ t, inspection }: { t: Translate; inspection: Inspection }) {
  if ('error' in inspection) {
    return (
      <p className="pg-message pg-fail" role="status">
        {describeError(t, inspection.error)}
      </p>
    );
  }
  return (
    <div className="pg-stack" role="status">
      <p className="pg-message pg-info">
        {t('x402.pg.inspector.verdict', {
          kind: t(`x402.pg.kind.${inspection.kind}`),
          dialect: t(`x402.pg.dialect.${inspection.dialect}`),
        })}
      </p>
      {inspection.strictError !== null ? (
        <p className="pg-message pg-fail">
          {t('x402.pg.inspector.strictFails')} {describeError(t, inspection.strictError)}
        </p>
      ) : (
        <p className="pg-message pg-pass">{t('x402.pg.inspector.strictPasses')}</p>
      )}
      {inspection.findings.length > 0 && (
        <ul className="pg-rules" aria-label={t('x402.pg.inspector.findings')}>
          {inspection.findings.map((finding, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: findings are recomputed as a whole.
            <FindingItem key={index} t={t} finding={finding} />
          ))}
        </ul>
      )}
      <TextBlock title={t('x402.pg.inspector.decoded')} text={JSON.stringify(inspection.decoded, null, 2)} />
    </div>
  );
}

const SEVERITY_CLASSES = { error: 'pg-fail', warning: 'pg-warn', info: 'pg-info' } as const;

function FindingItem({ t, finding }: { t: Translate; finding: Finding }): ReactNode {
  return (
    <li className={`pg-rule ${SEVERITY_CLASSES[finding.severity]}`}>
      <span className="pg-badge">{t(`x402.pg.severity.${finding.severity}`)}</span>
      <span className="pg-rule-text">
        {' '}
        {t(findingMessageKey(finding.code))}
        {finding.field && (
          <>
            {' '}
            <code>{finding.field}</code>
          </>
        )}
        {finding.expected !== undefined && ` ${t('x402.pg.inspector.expected', { value: finding.expected })}`}
        {finding.actual !== undefined && ` ${t('x402.pg.inspector.actual', { value: finding.actual })}`}
      </span>
    </li>
  );
}
