import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createSandbox, type Sandbox } from '../sandbox/createSandbox.ts';
import { DEFAULT_STARTING_BALANCE } from './facilitator/createMockFacilitator.ts';
import { PLAYGROUND_PAYEE } from './runPaymentFlow.ts';
import { SESSION_KEYS, type SessionStore, startPaymentPlayground } from './startPaymentPlayground.ts';

function memoryStore(): SessionStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value) };
}

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await createSandbox();
});
afterAll(() => sandbox.close());

describe('startPaymentPlayground', () => {
  test('default: a funded test key, kept in the session store, and a payment that lands in the ledger', async () => {
    const store = memoryStore();
    const playground = startPaymentPlayground({ store, sandbox });
    const { address } = playground.testAccount;
    expect(store.data.get(SESSION_KEYS.testKey)).toMatch(/^0x[0-9a-f]{64}$/);
    expect(playground.facilitator.balanceOf(address)).toBe(DEFAULT_STARTING_BALANCE);

    const result = await playground.pay(playground.testAccount, 'none');
    expect(result.outcome).toBe('paid');
    expect(JSON.parse(store.data.get(SESSION_KEYS.facilitator) ?? '{}').usedNonces).toHaveLength(1);

    // A reload in the same tab: same key, same balances, the settled nonce still used.
    const reloaded = startPaymentPlayground({ store, sandbox });
    expect(reloaded.testAccount.address).toBe(address);
    expect(reloaded.facilitator.balanceOf(address)).toBe(DEFAULT_STARTING_BALANCE - 1n);
    expect(reloaded.facilitator.balanceOf(PLAYGROUND_PAYEE)).toBe(1n);
  });

  test('behavior: a new key is funded, and top-ups add 100 USDG', async () => {
    const store = memoryStore();
    const playground = startPaymentPlayground({ store, sandbox });
    const first = playground.testAccount.address;
    const second = playground.newTestKey().address;
    expect(second).not.toBe(first);
    expect(playground.facilitator.balanceOf(second)).toBe(DEFAULT_STARTING_BALANCE);
    expect(playground.topUp(second)).toBe(2n * DEFAULT_STARTING_BALANCE);
  });

  test('behavior: the key and balances are there before Postgres; a payment waits for the ledger', async () => {
    const later = Promise.withResolvers<Sandbox>();
    const playground = startPaymentPlayground({ store: memoryStore(), sandbox: later.promise });
    expect(playground.facilitator.balanceOf(playground.testAccount.address)).toBe(DEFAULT_STARTING_BALANCE);
    let settled = false;
    const paying = playground.pay(playground.testAccount, 'none').finally(() => {
      settled = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);
    later.resolve(sandbox);
    expect((await paying).outcome).toBe('paid');
  });

  test('behavior: a garbage session store starts over instead of failing', async () => {
    const store = memoryStore();
    store.setItem(SESSION_KEYS.testKey, 'not a key');
    store.setItem(SESSION_KEYS.facilitator, '{');
    const playground = startPaymentPlayground({ store, sandbox });
    expect(playground.facilitator.balanceOf(playground.testAccount.address)).toBe(DEFAULT_STARTING_BALANCE);
  });
});
