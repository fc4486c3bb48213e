import { describe, expect, test } from 'vitest';
import {
  addPayment,
  applyDashboardMessage,
  type DashboardState,
  dashboardStateMessage,
  EMPTY_DASHBOARD,
} from './paymentDashboard.ts';
import { type LedgerPayment, parseLedgerNotification, RECENT_PAYMENTS_LIMIT } from './paymentLedger.ts';

const payment = (id: number, amount = '1'): LedgerPayment => ({
  id: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
  payer_address: '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266',
  endpoint: '/api/premium',
  amount,
  tx_hash: `0x${String(id).padStart(64, '0')}`,
  chain: 'xlayer',
  status: 'settled',
  response_summary: 'Premium API report',
  created_at: '2026-12-01T00:00:00+00:00',
});

describe('addPayment', () => {
  test('default: newest first, totals in atomic units', () => {
    const state = addPayment(addPayment(EMPTY_DASHBOARD, payment(1)), payment(2, '1500000'));
    expect(state.totals).toEqual({ count: 2, revenue: 1_500_001n });
    expect(state.recent.map((p) => p.id)).toEqual([payment(2).id, payment(1).id]);
  });

  test('behavior: a payment seen twice is counted once', () => {
    const once = addPayment(EMPTY_DASHBOARD, payment(1));
    expect(addPayment(once, payment(1))).toBe(once);
  });

  test(`behavior: keeps the newest ${RECENT_PAYMENTS_LIMIT} rows but counts them all`, () => {
    let state: DashboardState = EMPTY_DASHBOARD;
    for (let i = 1; i <= RECENT_PAYMENTS_LIMIT + 1; i++) state = addPayment(state, payment(i));
    expect(state.recent).toHaveLength(RECENT_PAYMENTS_LIMIT);
    expect(state.recent[0]?.id).toBe(payment(RECENT_PAYMENTS_LIMIT + 1).id);
    expect(state.totals.count).toBe(RECENT_PAYMENTS_LIMIT + 1);
  });
});

describe('applyDashboardMessage', () => {
  const one = addPayment(EMPTY_DASHBOARD, payment(1));
  const two = addPayment(one, payment(2));

  test.each([
    // A payment announced in another tab.
    ['payment', EMPTY_DASHBOARD, { type: 'payment', payment: payment(1) }, one],
    // A fresh tab adopts an older tab's state…
    ['state from a tab that knows more', one, dashboardStateMessage(two), two],
    // …but never the reverse.
    ['state from a tab that knows less', two, dashboardStateMessage(one), two],
    ['hello (answered by the island, no state change)', one, { type: 'hello' }, one],
    ['garbage', one, 'x', one],
    ['a payment without its columns', one, { type: 'payment', payment: { id: 'x' } }, one],
    ['a state with a non-numeric revenue', one, { type: 'state', count: 9, revenue: '1e9', recent: [] }, one],
  ])('behavior: %s', (_name, state, message, expected) => {
    expect(applyDashboardMessage(state as DashboardState, message)).toEqual(expected);
  });
});

describe('parseLedgerNotification', () => {
  const row = payment(1);
  test.each([
    [
      'the guide’s insert event',
      { channel: 'x402_payments', event: 'INSERT_x402_payments', payload: { new: row } },
      row,
    ],
    ['another channel', { channel: 'todos', event: 'INSERT_x402_payments', payload: { new: row } }, undefined],
    ['another event', { channel: 'x402_payments', event: 'UPDATE_x402_payments', payload: { new: row } }, undefined],
    ['no row', { channel: 'x402_payments', event: 'INSERT_x402_payments', payload: {} }, undefined],
  ])('behavior: %s', (_name, message, expected) => {
    expect(parseLedgerNotification(JSON.stringify(message))).toEqual(expected);
  });

  test('error: not JSON gives undefined', () => {
    expect(parseLedgerNotification('{')).toBeUndefined();
  });
});
