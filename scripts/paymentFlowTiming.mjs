// @ts-check
/**
 * Times the x402 playground's full payment flow (Request → 402 → Sign → Verify → Settle → Deliver,
 * ledger insert included) in Node, after a warm-up run has booted PGlite and loaded viem — the
 * "full x402 flow after warm-up" budget of DESIGN.md (under 500 ms). Used by `npm run bench`.
 */
import { privateKeyToAccount } from 'viem/accounts';
import { createSandbox } from '../playground/sandbox/createSandbox.ts';
import { createMockFacilitator } from '../playground/x402/facilitator/createMockFacilitator.ts';
import { createPaymentLedger } from '../playground/x402/ledger/paymentLedger.ts';
import { runPaymentFlow } from '../playground/x402/runPaymentFlow.ts';
import { ANVIL_ACCOUNT_0 } from '../tests/fixtures/x402Vectors.ts';

/** @param {number} runs @returns {Promise<{ medianMs: number; maxMs: number; runs: number }>} */
export async function timePaymentFlow(runs = 10) {
  const sandbox = await createSandbox();
  try {
    const options = {
      facilitator: createMockFacilitator(),
      ledger: await createPaymentLedger(sandbox),
      signer: privateKeyToAccount(ANVIL_ACCOUNT_0.privateKey),
    };
    await runPaymentFlow(options);
    /** @type {number[]} */
    const times = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const result = await runPaymentFlow(options);
      times.push(performance.now() - started);
      if (result.outcome !== 'paid') throw new Error(`bench payment ended ${result.outcome}`);
    }
    times.sort((a, b) => a - b);
    return { medianMs: times[Math.floor(runs / 2)] ?? 0, maxMs: times.at(-1) ?? 0, runs };
  } finally {
    await sandbox.close();
  }
}

if (import.meta.main) console.log(await timePaymentFlow());
