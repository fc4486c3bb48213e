import { isLedgerPayment, type LedgerPayment, type LedgerTotals, RECENT_PAYMENTS_LIMIT } from './paymentLedger.ts';

/** What the live dashboard shows: running totals and the newest rows, deduplicated by `id`. */
export interface DashboardState {
  totals: LedgerTotals;
  /** Newest first, at most `RECENT_PAYMENTS_LIMIT`. */
  recent: LedgerPayment[];
}

export const EMPTY_DASHBOARD: DashboardState = { totals: { count: 0, revenue: 0n }, recent: [] };

/**
 * Adds one announced payment. A row seen before (the same notification twice, or a tab echoing it
 * back) changes nothing, so totals never count a payment twice.
 *
 * @example
 * const next = addPayment(EMPTY_DASHBOARD, row); // totals { count: 1, revenue: 1n }
 * addPayment(next, row) === next; // true
 */
export function addPayment(state: DashboardState, payment: LedgerPayment): DashboardState {
  if (state.recent.some((known) => known.id === payment.id)) return state;
  return {
    totals: { count: state.totals.count + 1, revenue: state.totals.revenue + BigInt(payment.amount) },
    recent: [payment, ...state.recent].slice(0, RECENT_PAYMENTS_LIMIT),
  };
}

/**
 * What tabs of the same page tell each other over a `BroadcastChannel`: a new payment, a request for
 * the current state (a tab just opened), and the answer. Totals travel as a decimal string because
 * structured clone carries bigints but JSON logs do not.
 */
export type DashboardMessage =
  | { type: 'payment'; payment: LedgerPayment }
  | { type: 'hello' }
  | { type: 'state'; count: number; revenue: string; recent: LedgerPayment[] };

/** The `BroadcastChannel` name the x402 playground's tabs share. */
export const DASHBOARD_BROADCAST_CHANNEL = 'insforge-x402-dashboard';

/** Serialises a dashboard for a tab that said hello. */
export function dashboardStateMessage(state: DashboardState): DashboardMessage {
  return { type: 'state', count: state.totals.count, revenue: state.totals.revenue.toString(), recent: state.recent };
}

/**
 * Applies a message from another tab. A payment is added as if announced locally; a state answer
 * replaces ours only when it knows more payments (a fresh tab adopts an older tab's dashboard, never the
 * reverse). Anything malformed is ignored: another tab is outside this tab's control.
 *
 * @example
 * channel.onmessage = (event) => setDashboard((state) => applyDashboardMessage(state, event.data));
 */
export function applyDashboardMessage(state: DashboardState, message: unknown): DashboardState {
  if (typeof message !== 'object' || message === null) return state;
  const data = message as Record<string, unknown>;
  if (data.type === 'payment' && isLedgerPayment(data.payment)) return addPayment(state, data.payment);
  if (data.type === 'state' && typeof data.count === 'number' && typeof data.revenue === 'string') {
    const recent = Array.isArray(data.recent) ? data.recent.filter(isLedgerPayment) : [];
    if (data.count <= state.totals.count || !/^\d+$/.test(data.revenue)) return state;
    return {
      totals: { count: data.count, revenue: BigInt(data.revenue) },
      recent: recent.slice(0, RECENT_PAYMENTS_LIMIT),
    };
  }
  return state;
}
