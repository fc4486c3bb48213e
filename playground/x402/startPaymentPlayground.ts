import { generatePrivateKey, type PrivateKeyAccount, privateKeyToAccount } from 'viem/accounts';
import { createSandbox, type Sandbox, type SandboxStage } from '../sandbox/createSandbox.ts';
import type { TypedDataSigner } from './client/signTransferAuthorization.ts';
import {
  createMockFacilitator,
  DEFAULT_STARTING_BALANCE,
  type MockFacilitator,
  type MockFacilitatorState,
} from './facilitator/createMockFacilitator.ts';
import { createPaymentLedger, type PaymentLedger } from './ledger/paymentLedger.ts';
import type { PaymentMistake } from './paymentMistakes.ts';
import { type PaymentFlowOptions, type PaymentFlowResult, runPaymentFlow } from './runPaymentFlow.ts';
import type { Hex } from './wire/x402Types.ts';

/** The part of `sessionStorage` the playground uses; a `Map` wrapper in tests. */
export interface SessionStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Where the tab keeps its test key and the mock facilitator's balances and used nonces (sessionStorage only). */
export const SESSION_KEYS = {
  testKey: 'insforge-x402-playground:test-key',
  facilitator: 'insforge-x402-playground:facilitator',
} as const;

const PRIVATE_KEY = /^0x[0-9a-f]{64}$/;

export interface PaymentPlayground {
  /** The ledger, once its Postgres is up: it starts in the background, and nothing but a payment waits for it. */
  ledger(): Promise<PaymentLedger>;
  readonly facilitator: MockFacilitator;
  /** The tab's ephemeral test account: generated here, funded by the faucet, never sent anywhere. */
  readonly testAccount: PrivateKeyAccount;
  /** Replaces the test account with a fresh, funded one. */
  newTestKey(): PrivateKeyAccount;
  /** Tops an address up with 100 test USDG and returns the new balance (atomic units). */
  topUp(address: Hex): bigint;
  /** One payment end to end (see `runPaymentFlow`); the facilitator's state is saved afterwards. */
  pay(
    signer: TypedDataSigner,
    mistake: PaymentMistake,
    options?: Pick<PaymentFlowOptions, 'token' | 'origin'>,
  ): Promise<PaymentFlowResult>;
  close(): Promise<void>;
}

export interface StartPaymentPlaygroundOptions {
  store: SessionStore;
  /** The ledger's sandbox boot, stage by stage. */
  onProgress?: (stage: SandboxStage) => void;
  /** A sandbox to keep the ledger in (tests share one), running or on its way; by default a new one is started. */
  sandbox?: Sandbox | Promise<Sandbox>;
}

function readState(store: SessionStore): MockFacilitatorState | undefined {
  try {
    const state = JSON.parse(store.getItem(SESSION_KEYS.facilitator) ?? 'null') as MockFacilitatorState | null;
    return state && typeof state.balances === 'object' && Array.isArray(state.usedNonces) ? state : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts everything the x402 playground runs in the tab: the mock facilitator (balances and used nonces
 * survive a reload through `sessionStorage`) and an ephemeral test key, at once; and, in the background,
 * the PGlite sandbox with the guide's ledger, which only `pay()` waits for. New addresses start with
 * nothing; the faucet funds each new test key, so a payment can fail for lack of funds only when the
 * reader spends it all.
 *
 * @example
 * const playground = startPaymentPlayground({ store: sessionStorage, onProgress: setStage });
 * showKey(playground.testAccount.address); // no wait for Postgres
 * const result = await playground.pay(playground.testAccount, 'none', { origin: location.origin });
 */
export function startPaymentPlayground(options: StartPaymentPlaygroundOptions): PaymentPlayground {
  const { store } = options;
  let sandbox: Promise<Sandbox> | undefined;
  let ledger: Promise<PaymentLedger> | undefined;
  const ledgerReady = (): Promise<PaymentLedger> => {
    sandbox ??= Promise.resolve(options.sandbox ?? createSandbox({ onProgress: options.onProgress }));
    ledger ??= sandbox.then(createPaymentLedger).catch((error: unknown) => {
      // A failed boot is reported by the payment that waited for it; the next payment tries again.
      sandbox = undefined;
      ledger = undefined;
      throw error;
    });
    return ledger;
  };
  ledgerReady().catch(() => {});
  const facilitator = createMockFacilitator({ startingBalance: 0n, state: readState(store) });
  const save = () => store.setItem(SESSION_KEYS.facilitator, JSON.stringify(facilitator.snapshot()));

  const newAccount = (): PrivateKeyAccount => {
    const key = generatePrivateKey();
    store.setItem(SESSION_KEYS.testKey, key);
    const account = privateKeyToAccount(key);
    facilitator.faucet(account.address, DEFAULT_STARTING_BALANCE);
    save();
    return account;
  };
  const storedKey = store.getItem(SESSION_KEYS.testKey);
  let testAccount = storedKey && PRIVATE_KEY.test(storedKey) ? privateKeyToAccount(storedKey as Hex) : newAccount();

  return {
    ledger: ledgerReady,
    facilitator,
    get testAccount() {
      return testAccount;
    },
    newTestKey() {
      testAccount = newAccount();
      return testAccount;
    },
    topUp(address) {
      const balance = facilitator.faucet(address, DEFAULT_STARTING_BALANCE);
      save();
      return balance;
    },
    async pay(signer, mistake, flowOptions = {}) {
      try {
        return await runPaymentFlow({ facilitator, ledger: await ledgerReady(), signer, ...flowOptions }, mistake);
      } finally {
        save();
      }
    },
    close: async () => {
      const running = await sandbox?.catch(() => undefined);
      await running?.close();
    },
  };
}
