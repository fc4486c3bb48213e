/** viem, PGlite and the flow: kept out of the island's first chunk, downloaded once when first asked for. */
const loadPaymentEngine = () =>
  Promise.all([import('../../x402/startPaymentPlayground.ts'), import('../../x402/client/connectWallet.ts')]).then(
    ([start, wallet]) => ({ ...start, ...wallet }),
  );

/** What the island runs lazily: `startPaymentPlayground`, `walletSigner`, `requestWalletAccount`, … */
export type PaymentEngine = Awaited<ReturnType<typeof loadPaymentEngine>>;

let engine: Promise<PaymentEngine> | undefined;

/** The payment engine, downloaded on the first call and shared by every later one. */
export function engineOnce(): Promise<PaymentEngine> {
  engine ??= loadPaymentEngine().catch((error: unknown) => {
    // Offline for a moment: the next click downloads it again.
    engine = undefined;
    throw error;
  });
  return engine;
}

/** Starts the download before any action needs it, so the first click finds the engine ready. */
export function warmUpEngine(): void {
  engineOnce().catch(leaveFailureToNextAction);
}

/** The warm-up's failure handler: no reader is waiting on the warm-up, so there is no one to tell yet. */
function leaveFailureToNextAction(_error: unknown): void {
  // Not lost: `engineOnce` has forgotten the failed download, so the next action that awaits the engine
  // downloads it again and shows that attempt's error.
}
