import { useCallback, useEffect, useRef, useState } from 'react';
import { type Hex, PLAYGROUND_USDG, USDG } from '../../catalog/chains.ts';
import type { SandboxStage } from '../../sandbox/createSandbox.ts';
import type { Eip1193Provider } from '../../x402/client/connectWallet.ts';
import type { TypedDataSigner } from '../../x402/client/signTransferAuthorization.ts';
import { WalletError } from '../../x402/client/walletErrors.ts';
import type { PaymentFlowResult } from '../../x402/runPaymentFlow.ts';
import type { PaymentPlayground } from '../../x402/startPaymentPlayground.ts';
import type { X402HashState } from '../../x402/x402HashState.ts';
import { engineOnce, type PaymentEngine } from './paymentEngine.ts';

/** Who signs: the tab's test key or the reader's injected wallet. */
export const PAY_WITH = ['test-key', 'wallet'] as const;
export type PayWith = (typeof PAY_WITH)[number];

/** The address that pays and its balance at the mock facilitator. */
export interface Payer {
  readonly address: Hex;
  readonly balance: bigint;
}

/** A wallet signature waiting for the reader to confirm the exact typed data. */
export interface PendingSignature {
  readonly json: string;
  readonly resolve: () => void;
  readonly reject: (reason: Error) => void;
}

interface ConnectedWallet {
  readonly provider: Eip1193Provider;
  readonly address: Hex;
}

/**
 * The payment tool's state and actions. The engine and the playground start on the first action,
 * `onStart` hears of the playground once, and the playground's ledger closes when the island unmounts.
 */
export function usePaymentPlayground(onStart: (playground: PaymentPlayground) => void) {
  const [payWith, setPayWith] = useState<PayWith>('test-key');
  const [stage, setStage] = useState<SandboxStage | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<PaymentFlowResult | null>(null);
  const [payer, setPayer] = useState<Payer | null>(null);
  const [wallet, setWallet] = useState<ConnectedWallet | null>(null);
  const [pending, setPending] = useState<PendingSignature | null>(null);
  const playground = useRef<PaymentPlayground | null>(null);

  const start = useCallback(async (): Promise<{ engine: PaymentEngine; playground: PaymentPlayground }> => {
    const loaded = await engineOnce();
    if (!playground.current) {
      // The key is there at once; the ledger's Postgres boots in the background and only Pay waits for it.
      const started = loaded.startPaymentPlayground({
        store: sessionStorage,
        onProgress: (next) => setStage(next === 'ready' ? null : next),
      });
      playground.current = started;
      onStart(started);
    }
    return { engine: loaded, playground: playground.current };
  }, [onStart]);

  // Unmounted (the error boundary starting over): the ledger's Postgres Worker ends with the island.
  // `close` never rejects: it settles a failed boot itself, so there is nothing to catch.
  useEffect(
    () => () => {
      void playground.current?.close();
      playground.current = null;
    },
    [],
  );

  const showBalance = (current: PaymentPlayground, address: Hex) =>
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

  const pay = ({ mistake, token }: X402HashState) =>
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
      const flowToken = token === 'usdg' ? USDG : PLAYGROUND_USDG;
      try {
        setResult(await current.pay(signer, mistake, { token: flowToken, origin: window.location.origin }));
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

  const createTestKey = () =>
    run(async () => {
      const { playground: current } = await start();
      showBalance(current, current.testAccount.address);
    });

  const topUp = () =>
    run(async () => {
      const { playground: current } = await start();
      const address = payer?.address ?? current.testAccount.address;
      current.topUp(address);
      showBalance(current, address);
    });

  const newTestKey = () =>
    run(async () => {
      const { playground: current } = await start();
      showBalance(current, current.newTestKey().address);
    });

  return {
    payWith,
    setPayWith,
    stage,
    busy,
    error,
    result,
    payer,
    wallet: wallet?.address ?? null,
    pending,
    canPay: payWith === 'test-key' || wallet !== null,
    pay,
    connectWallet,
    createTestKey,
    topUp,
    newTestKey,
  };
}
