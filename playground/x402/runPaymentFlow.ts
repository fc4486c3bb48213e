import { type Eip3009Token, PLAYGROUND_USDG, USDG, USDG_DOMAIN_SEPARATOR } from '../catalog/chains.ts';
import {
  type AuthorizationTerms,
  signTransferAuthorization,
  type TypedDataSigner,
} from './client/signTransferAuthorization.ts';
import type { Facilitator } from './facilitator/createMockFacilitator.ts';
import { facilitatorVerdict } from './facilitator/facilitatorVerdict.ts';
import { recoverTransferAuthorizationSigner } from './facilitator/recoverTransferAuthorizationSigner.ts';
import type { LedgerPayment, PaymentLedger } from './ledger/paymentLedger.ts';
import type { FlowStepId, PaymentMistake } from './paymentMistakes.ts';
import { createDemoMerchant } from './server/createDemoMerchant.ts';
import {
  hashEip712Domain,
  hashTransferAuthorization,
  type TransferAuthorizationHashes,
} from './wire/hashTransferAuthorization.ts';
import { decodePaymentRequiredHeader, encodePaymentSignatureHeader, PAYMENT_HEADERS } from './wire/paymentHeaders.ts';
import { type HttpExchange, jsonExchange, recordExchange } from './wire/recordExchange.ts';
import {
  eip712DomainFor,
  type TransferAuthorizationTypedData,
  transferAuthorizationTypedData,
} from './wire/transferAuthorizationTypedData.ts';
import { X402SigningError } from './wire/x402Errors.ts';
import type { Hex, PaymentPayload, PaymentRequirements, SettleResponse } from './wire/x402Types.ts';

/** `warning`: the step went through but something is wrong (a domain that is not the token's, an unrecorded payment). */
export type FlowStepStatus = 'ok' | 'warning' | 'failed' | 'skipped';

export interface FlowStep {
  id: FlowStepId;
  status: FlowStepStatus;
  /** The verify/settle reason, or the merchant's refusal. */
  reason?: string;
  exchanges: HttpExchange[];
}

/** Everything the Sign step shows: what was signed, its hashes, and what a verifier recovers from it. */
export interface SigningDetails {
  typedData: TransferAuthorizationTypedData;
  hashes: TransferAuthorizationHashes;
  signature: Hex;
  payer: Hex;
  /** The token's own domain separator: USDG's `DOMAIN_SEPARATOR()` on X Layer, or the playground token's. */
  tokenDomainSeparator: Hex;
  /** Who the signature recovers to under the token's domain — what the facilitator and the contract compute. */
  recoveredSigner: Hex | undefined;
}

/**
 * How the flow ended, from the merchant's side: `paid` (served and recorded), `paid_not_recorded`
 * (served, settled, but the ledger insert failed), or `refused` (the last request got a 402).
 */
export type FlowOutcome = 'paid' | 'paid_not_recorded' | 'refused';

export interface PaymentFlowResult {
  mistake: PaymentMistake;
  outcome: FlowOutcome;
  /** Why the last request was refused. */
  reason?: string;
  steps: FlowStep[];
  signing: SigningDetails;
  /** The decoded `PAYMENT-RESPONSE` of the last paid request. */
  receipt?: SettleResponse;
  /** The ledger row the merchant wrote, as Postgres returned it. */
  recorded?: LedgerPayment;
  /** What the merchant logged (the reconciliation line when the insert failed). */
  log: string[];
}

export interface PaymentFlowOptions {
  facilitator: Facilitator;
  ledger: PaymentLedger;
  signer: TypedDataSigner;
  /** The merchant's address; default `PLAYGROUND_PAYEE`. */
  payTo?: Hex;
  /** Default `PLAYGROUND_USDG`; `USDG` signs under the real token's domain. */
  token?: Eip3009Token;
  /** Atomic units; default `"1"`, the guide's price. */
  amount?: string;
  /** The page's origin, so the recorded URLs read like the page's own API; nothing is fetched. */
  origin?: string;
  /** Unix seconds; a frozen clock in tests. */
  now?: () => number;
}

/** The playground merchant: Anvil test account #1, a published dev key's address that holds nothing. */
export const PLAYGROUND_PAYEE: Hex = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';
/** Where the `wrong_pay_to` mistake sends the money: Anvil test account #2. */
export const WRONG_PAYEE: Hex = '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC';
/** The domain the InsForge guide warns about: the ticker and a guessed version. */
export const WRONG_DOMAIN = { name: 'USDG', version: '2' } as const;
/** The paid endpoint, as the local facilitator server mounts it. */
export const PREMIUM_PATH = '/api/premium';

/** What the client signs, given the mistake: the accepted requirement with one term changed, or as is. */
function signingTerms(mistake: PaymentMistake, accepted: PaymentRequirements): AuthorizationTerms {
  switch (mistake) {
    case 'wrong_domain':
      return { ...accepted, extra: { ...accepted.extra, ...WRONG_DOMAIN } };
    case 'amount_mismatch':
      return { ...accepted, amount: (BigInt(accepted.amount) + 1n).toString() };
    case 'wrong_pay_to':
      return { ...accepted, payTo: WRONG_PAYEE };
    default:
      return accepted;
  }
}

function tokenDomainSeparator(token: Eip3009Token): Hex {
  // For USDG the comparison is with the value the contract returns on chain, as the guide quotes it.
  if (token.address === USDG.address && token.network === USDG.network) return USDG_DOMAIN_SEPARATOR;
  return hashEip712Domain({
    name: token.name,
    version: token.version,
    chainId: token.chainId,
    verifyingContract: token.checksumAddress,
  });
}

/** Wraps a facilitator so each call is also recorded as the `POST /verify` or `/settle` it stands for. */
function recordingFacilitator(facilitator: Facilitator, exchanges: HttpExchange[]): Facilitator {
  const call =
    <T>(path: string, run: (payload: unknown, requirements: unknown) => Promise<T>) =>
    async (paymentPayload: unknown, paymentRequirements: unknown) => {
      const answer = await run(paymentPayload, paymentRequirements);
      const x402Version = (paymentPayload as { x402Version?: unknown }).x402Version;
      exchanges.push(jsonExchange(path, { x402Version, paymentPayload, paymentRequirements }, answer));
      return answer;
    };
  return {
    verify: call('/verify', (p, r) => facilitator.verify(p, r)),
    settle: call('/settle', (p, r) => facilitator.settle(p, r)),
  };
}

/** The verdict a recorded facilitator exchange carries. */
function facilitatorStep(id: 'verify' | 'settle', exchange: HttpExchange | undefined): FlowStep {
  if (exchange === undefined) return { id, status: 'skipped', exchanges: [] };
  const verdict = facilitatorVerdict(exchange);
  const reason = verdict?.reason;
  return { id, status: verdict?.passed ? 'ok' : 'failed', exchanges: [exchange], ...(reason ? { reason } : {}) };
}

function receiptOf(exchange: HttpExchange): SettleResponse | undefined {
  const header = exchange.response.headers.find((h) => h.name === PAYMENT_HEADERS.response);
  return header?.decoded as SettleResponse | undefined;
}

/**
 * Runs one x402 payment end to end inside the tab, recording every HTTP exchange with its headers
 * decoded: Request (no payment) → 402 challenge (`PAYMENT-REQUIRED`) → Sign (EIP-3009 typed data) →
 * Verify and Settle (the facilitator) → Deliver (200 with `PAYMENT-RESPONSE`, ledger row written and
 * checked). A `mistake` changes exactly one thing, and the flow then fails where production would.
 *
 * The merchant is `createDemoMerchant` and the facilitator whatever is passed (the mock verifies for
 * real), so this function only plays the client and keeps the record.
 *
 * @throws {X402SigningError} `no_payable_requirement` when the challenge offers nothing payable.
 * @example
 * const result = await runPaymentFlow({ facilitator, ledger, signer: privateKeyToAccount(key) }, 'wrong_domain');
 * result.steps.find((s) => s.id === 'verify'); // { status: 'failed', reason: 'invalid_exact_evm_signature', … }
 */
export async function runPaymentFlow(
  options: PaymentFlowOptions,
  mistake: PaymentMistake = 'none',
): Promise<PaymentFlowResult> {
  const { ledger, signer, token = PLAYGROUND_USDG, now = () => Math.floor(Date.now() / 1000) } = options;
  const log: string[] = [];
  const facilitatorExchanges: HttpExchange[] = [];
  let recorded: LedgerPayment | undefined;
  const merchant = createDemoMerchant({
    facilitator: recordingFacilitator(options.facilitator, facilitatorExchanges),
    payTo: options.payTo ?? PLAYGROUND_PAYEE,
    token,
    amount: options.amount,
    recordPayment: async (row) => {
      recorded = await ledger.record(row, mistake === 'insert_fails' ? 'anon' : 'service');
    },
    logger: { error: (line) => log.push(line) },
  });
  const url = new URL(PREMIUM_PATH, options.origin ?? 'http://localhost').href;
  const accept = { Accept: 'application/json' };

  // Request → 402: the endpoint names its price.
  const unpaid = await recordExchange(merchant, new Request(url, { headers: accept }));
  const challengeHeader = unpaid.response.headers.get(PAYMENT_HEADERS.required);
  const challenge = challengeHeader === null ? undefined : decodePaymentRequiredHeader(challengeHeader);
  const accepted = challenge?.x402Version === 2 ? challenge.accepts[0] : undefined;
  if (challenge?.x402Version !== 2 || accepted === undefined) {
    throw new X402SigningError('no_payable_requirement', 'The merchant sent no v2 challenge', {
      offered: challenge?.accepts.length ?? 0,
    });
  }

  // Sign: the client signs what the challenge asks, except for the one term the mistake changes.
  const clock = now();
  const terms = signingTerms(mistake, accepted);
  const signedAt = mistake === 'expired' ? clock - accepted.maxTimeoutSeconds : clock;
  const payload = await signTransferAuthorization(signer, terms, { now: signedAt });
  const signedDomain = eip712DomainFor(terms);
  const signing: SigningDetails = {
    typedData: transferAuthorizationTypedData(signedDomain, payload.authorization),
    hashes: hashTransferAuthorization(signedDomain, payload.authorization),
    signature: payload.signature,
    payer: payload.authorization.from,
    tokenDomainSeparator: tokenDomainSeparator(token),
    recoveredSigner: await recoverTransferAuthorizationSigner(eip712DomainFor(accepted), payload),
  };
  // `accepted` stays the offer verbatim: the merchant matches it before it asks the facilitator.
  const payment: PaymentPayload = { x402Version: 2, resource: challenge.resource, accepted, payload };
  const paidRequest = () =>
    new Request(url, { headers: { ...accept, [PAYMENT_HEADERS.signature]: encodePaymentSignatureHeader(payment) } });

  // Verify → Settle → Deliver, all behind one paid request.
  const paid = await recordExchange(merchant, paidRequest());
  const delivered = paid.exchange.status === 200;
  const stored = recorded !== undefined;
  const steps: FlowStep[] = [
    { id: 'request', status: 'ok', exchanges: [unpaid.exchange] },
    { id: 'challenge', status: 'ok', exchanges: [] },
    {
      id: 'sign',
      status: signing.hashes.domainSeparator === signing.tokenDomainSeparator ? 'ok' : 'warning',
      exchanges: [],
    },
    facilitatorStep(
      'verify',
      facilitatorExchanges.find((e) => e.path === '/verify'),
    ),
    facilitatorStep(
      'settle',
      facilitatorExchanges.find((e) => e.path === '/settle'),
    ),
  ];
  let last = paid.exchange;
  const refusal = receiptOf(paid.exchange)?.errorReason;
  steps.push({
    id: 'deliver',
    status: !delivered ? 'failed' : stored ? 'ok' : 'warning',
    exchanges: [paid.exchange],
    ...(refusal ? { reason: refusal } : {}),
  });

  if (mistake === 'replay' && delivered) {
    // The same signed payment again, as a retry loop or an attacker would send it.
    facilitatorExchanges.length = 0;
    const replay = await recordExchange(merchant, paidRequest());
    const reason = receiptOf(replay.exchange)?.errorReason;
    steps.push({
      id: 'replay',
      status: replay.exchange.status === 200 ? 'ok' : 'failed',
      exchanges: [replay.exchange, ...facilitatorExchanges],
      ...(reason ? { reason } : {}),
    });
    last = replay.exchange;
  }

  const receipt = receiptOf(last);
  const served = last.response.body as { payment?: { recorded?: boolean } } | undefined;
  const outcome: FlowOutcome =
    last.status !== 200 ? 'refused' : served?.payment?.recorded ? 'paid' : 'paid_not_recorded';
  return {
    mistake,
    outcome,
    ...(receipt?.errorReason ? { reason: receipt.errorReason } : {}),
    steps,
    signing,
    ...(receipt ? { receipt } : {}),
    ...(recorded ? { recorded } : {}),
    log,
  };
}
