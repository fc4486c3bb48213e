import { PlaygroundError } from '../../errors.ts';
import { asUser } from '../../sandbox/asUser.ts';
import type { Sandbox } from '../../sandbox/createSandbox.ts';
import { REALTIME_NOTIFY_CHANNEL } from '../../sandbox/insforgeStandIns.ts';
import type { PaymentLedgerRow } from '../server/createDemoMerchant.ts';
import { X402_LEDGER_SQL } from './ledgerSchema.ts';

/** A row of `x402_payments` as a reader sees it: the merchant's columns plus what Postgres fills in. */
export interface LedgerPayment extends Omit<PaymentLedgerRow, 'status'> {
  id: string;
  status: string;
  /** ISO 8601, as `row_to_json` writes a timestamptz. */
  created_at: string;
}

/**
 * Which key the merchant writes with: the service key (bypasses RLS, as the guide's route does) or,
 * by mistake, the anon key — which the ledger's policies let read but never write.
 */
export type LedgerWriteKey = 'service' | 'anon';

/** Count and sum of every row, the dashboard's header. `revenue` is in atomic units. */
export interface LedgerTotals {
  count: number;
  revenue: bigint;
}

export interface PaymentLedger {
  /**
   * Inserts one settled payment and checks that Postgres confirms exactly one row.
   * @throws {SandboxError} `sql_error` when Postgres refuses (duplicate `tx_hash`, RLS, …).
   * @throws {LedgerError} `insert_not_confirmed` when the insert reports no row.
   */
  record(row: PaymentLedgerRow, key?: LedgerWriteKey): Promise<LedgerPayment>;
  /** Newest first. */
  recent(limit?: number): Promise<LedgerPayment[]>;
  totals(): Promise<LedgerTotals>;
  /** Calls `onPayment` for every row the guide's trigger announces; resolves to an unsubscribe function. */
  subscribe(onPayment: (payment: LedgerPayment) => void): Promise<() => Promise<void>>;
}

/** The insert ran but Postgres reported no row: the merchant must treat the payment as unrecorded. */
export class LedgerError extends PlaygroundError<'insert_not_confirmed'> {}

/** The realtime channel and event the guide's trigger publishes on. */
export const LEDGER_CHANNEL = 'x402_payments';
export const LEDGER_INSERT_EVENT = 'INSERT_x402_payments';
/** How many rows the dashboard keeps, as the guide's feed does. */
export const RECENT_PAYMENTS_LIMIT = 50;

const INSERT = `insert into public.x402_payments (payer_address, endpoint, amount, tx_hash, chain, status, response_summary)
values ($1, $2, $3, $4, $5, $6, $7)
returning row_to_json(x402_payments) as payment`;

/**
 * Reads one `realtime.publish()` notification (the sandbox delivers them as `pg_notify` JSON) and
 * returns the ledger row when it is the guide's insert event; anything else gives `undefined`.
 *
 * @example
 * parseLedgerNotification('{"channel":"x402_payments","event":"INSERT_x402_payments","payload":{"new":{…}}}');
 */
export function parseLedgerNotification(notification: string): LedgerPayment | undefined {
  let message: unknown;
  try {
    message = JSON.parse(notification);
  } catch {
    return undefined;
  }
  if (typeof message !== 'object' || message === null) return undefined;
  const { channel, event, payload } = message as { channel?: unknown; event?: unknown; payload?: { new?: unknown } };
  if (channel !== LEDGER_CHANNEL || event !== LEDGER_INSERT_EVENT) return undefined;
  return isLedgerPayment(payload?.new) ? payload.new : undefined;
}

/** True for an object with the ledger's text columns; what crosses a BroadcastChannel is checked the same way. */
export function isLedgerPayment(value: unknown): value is LedgerPayment {
  if (typeof value !== 'object' || value === null) return false;
  const row = value as Record<string, unknown>;
  return ['id', 'payer_address', 'endpoint', 'amount', 'tx_hash', 'created_at'].every(
    (column) => typeof row[column] === 'string',
  );
}

/**
 * Installs the OKX guide's ledger SQL (table, RLS, realtime trigger — `ledgerSchema.ts`) in a sandbox
 * and returns the merchant's and the dashboard's view of it. Writes go through InsForge's role
 * switching: the service key runs as `project_admin`, the anon key as `anon`, so the guide's
 * policies decide, not this code.
 *
 * @example
 * const ledger = await createPaymentLedger(await createSandbox());
 * await ledger.record(row); // { id: '…', tx_hash: '0x…', status: 'settled', … }
 * await ledger.record(row); // throws SandboxError sql_error: duplicate key … (tx_hash is UNIQUE)
 */
export async function createPaymentLedger(sandbox: Sandbox): Promise<PaymentLedger> {
  await sandbox.exec(X402_LEDGER_SQL);
  return {
    async record(row, key = 'service') {
      const claims = key === 'service' ? { role: 'project_admin' } : null;
      const params = [
        row.payer_address,
        row.endpoint,
        row.amount,
        row.tx_hash,
        row.chain,
        row.status,
        row.response_summary,
      ];
      const result = await asUser(sandbox, claims, (session) =>
        session.query<{ payment: LedgerPayment }>(INSERT, params),
      );
      // The guide's rule: money has moved, so an insert that reports nothing is a failure, not a success.
      const payment = result.rowCount === 1 ? result.rows[0]?.payment : undefined;
      if (payment === undefined) {
        throw new LedgerError('insert_not_confirmed', 'The ledger insert reported no row', {
          rowCount: result.rowCount,
        });
      }
      return payment;
    },

    async recent(limit = RECENT_PAYMENTS_LIMIT) {
      const result = await sandbox.query<{ payment: LedgerPayment }>(
        'select row_to_json(p) as payment from public.x402_payments p order by created_at desc, id limit $1',
        [limit],
      );
      return result.rows.map((row) => row.payment);
    },

    async totals() {
      const result = await sandbox.query<{ count: number; revenue: string }>(
        'select count(*)::int as count, coalesce(sum(amount::numeric), 0)::text as revenue from public.x402_payments',
      );
      const row = result.rows[0];
      return { count: row?.count ?? 0, revenue: BigInt(row?.revenue ?? '0') };
    },

    subscribe(onPayment) {
      return sandbox.listen(REALTIME_NOTIFY_CHANNEL, (notification) => {
        const payment = parseLedgerNotification(notification);
        if (payment) onPayment(payment);
      });
    },
  };
}
