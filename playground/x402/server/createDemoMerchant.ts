import { type Eip3009Token, formatUsdg, PLAYGROUND_USDG, X_LAYER } from '../../catalog/chains.ts';
import type { Facilitator } from '../facilitator/createMockFacilitator.ts';
import {
  decodePaymentSignatureHeader,
  decodeXPaymentHeader,
  encodeHeaderJson,
  PAYMENT_HEADERS,
  type PaymentHeaderName,
} from '../wire/paymentHeaders.ts';
import { isJsonObject } from '../wire/shapeChecks.ts';
import { X402FormatError } from '../wire/x402Errors.ts';
import { MERCHANT_REASONS } from '../wire/x402Reasons.ts';
import type { AnyPaymentPayload, PaymentRequirements, SettleResponse } from '../wire/x402Types.ts';
import { buildPaymentRequired, buildPaymentRequiredV1, buildPaymentRequirements } from './buildPaymentRequired.ts';

/** One row of the guide's `x402_payments` ledger, column names as in its SQL. */
export interface PaymentLedgerRow {
  payer_address: string;
  endpoint: string;
  /** Atomic units, as text. */
  amount: string;
  tx_hash: string;
  chain: string;
  status: 'settled';
  response_summary: string;
}

export interface DemoMerchantOptions {
  /** Verifies and settles: the in-memory mock in the browser and in the local server alike. */
  facilitator: Facilitator;
  /** The merchant's 0x address. */
  payTo: string;
  /** Default `PLAYGROUND_USDG`; pass `USDG` to charge the real token's domain. */
  token?: Eip3009Token;
  /** Price in atomic units; default `"1"`. */
  amount?: string;
  maxTimeoutSeconds?: number;
  description?: string;
  /**
   * The challenge to send: the standard `v2` (default, payable by @x402/fetch), or the InsForge guide's
   * `okx-guide` variant (v1 fields in `PAYMENT-REQUIRED`). Payments in either shape are accepted.
   */
  challenge?: 'v2' | 'okx-guide';
  /**
   * Writes the ledger row after settlement (the browser passes a PGlite insert). It runs after the
   * money moved, so a failure does not withhold the content: see `createDemoMerchant`.
   */
  recordPayment?: (row: PaymentLedgerRow) => Promise<void> | void;
  /** Where the reconciliation line goes; default `console`. */
  logger?: { error(line: string): void };
  /** The paid content; default a small demo report. */
  report?: () => unknown;
}

/** A summary stored in the ledger's `response_summary`, like the guide's report title. */
const REPORT_SUMMARY = 'Premium API report';
const DEFAULT_REPORT = () => ({ title: REPORT_SUMMARY, note: 'Demo content, served only after settlement.' });

/** Every response names the payment headers, so a page on another origin may read them. */
const EXPOSED_HEADERS = [PAYMENT_HEADERS.required, PAYMENT_HEADERS.response, PAYMENT_HEADERS.xPaymentResponse].join(
  ', ',
);

/** Why the merchant refused a payment before asking the facilitator. */
export const NO_MATCHING_REQUIREMENTS = MERCHANT_REASONS.noMatch;

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'Content-Type': 'application/json',
      'Cache-Control': 'no-store',
      'Access-Control-Expose-Headers': EXPOSED_HEADERS,
      ...headers,
    },
  });
}

/** Deep equality of JSON values, ignoring key order (how `accepted` is matched against the offer). */
function sameJson(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  }
  if (isJsonObject(a) && isJsonObject(b)) {
    const keys = Object.keys(a).filter((key) => a[key] !== undefined);
    return (
      keys.length === Object.keys(b).filter((key) => b[key] !== undefined).length &&
      keys.every((key) => sameJson(a[key], b[key]))
    );
  }
  return a === b;
}

/** v2 payments must echo the offer exactly; v1 ones (no `accepted`) only name scheme and network. */
function matchesOffer(payment: AnyPaymentPayload, offer: PaymentRequirements): boolean {
  if (payment.x402Version === 2) return sameJson(payment.accepted, offer);
  return payment.scheme === offer.scheme && payment.network === offer.network;
}

/** Reads whichever payment header the request carries, and which receipt header answers it. */
function readPayment(request: Request): { payment: AnyPaymentPayload; receiptHeader: PaymentHeaderName } | undefined {
  const v2 = request.headers.get(PAYMENT_HEADERS.signature);
  if (v2 !== null) return { payment: decodePaymentSignatureHeader(v2), receiptHeader: PAYMENT_HEADERS.response };
  const v1 = request.headers.get(PAYMENT_HEADERS.xPayment);
  if (v1 !== null) return { payment: decodeXPaymentHeader(v1), receiptHeader: PAYMENT_HEADERS.xPaymentResponse };
  return undefined;
}

/**
 * Creates the demo paid endpoint as a fetch handler: the page can hand it to `@x402/fetch` as its
 * `fetch` (no network involved), and the Node server mounts it at `/api/premium`.
 *
 * - No payment header → 402, `PAYMENT-REQUIRED` (the challenge), the challenge also as JSON body,
 *   `Cache-Control: no-store`.
 * - `PAYMENT-SIGNATURE` (v2 or the guide's variant) or `X-PAYMENT` (v1) that does not decode → 400
 *   with the format error's `code` and `field`.
 * - A payment that does not match the offer, fails verification or fails settlement → 402 with a fresh
 *   `PAYMENT-REQUIRED` (its `error` = the reason) and a receipt `{ success: false, errorReason }`, as
 *   @x402/core's reference server answers.
 * - Settled → 200 with the receipt in `PAYMENT-RESPONSE` (`X-PAYMENT-RESPONSE` for an `X-PAYMENT` request).
 *
 * The ledger insert happens after settlement. If it fails, the money has moved anyway, so the reader
 * still gets the content and the receipt; the merchant logs `[payment-log] insert failed` with the
 * tx hash for manual reconciliation (the InsForge guide's rule) and says `recorded: false` in the body.
 *
 * @throws {X402ChallengeError} at creation, when `payTo`, `amount` or `maxTimeoutSeconds` is unusable.
 * @example
 * const merchant = createDemoMerchant({ facilitator: createMockFacilitator(), payTo: '0x7099…79C8' });
 * const paidFetch = wrapFetchWithPayment((input, init) => merchant(new Request(input, init)), client);
 */
export function createDemoMerchant(options: DemoMerchantOptions): (request: Request) => Promise<Response> {
  const { facilitator, recordPayment, logger = console, report = DEFAULT_REPORT } = options;
  const token = options.token ?? PLAYGROUND_USDG;
  const chain = token.network === X_LAYER.network ? 'xlayer' : token.network;
  const { payTo, amount, maxTimeoutSeconds, description } = options;
  const pricing = { payTo, amount, maxTimeoutSeconds, description };
  // Fail at start-up, not on the first request, when the price or payee is unusable.
  buildPaymentRequirements({ ...pricing, token, url: 'https://merchant.invalid/' });

  return async (request) => {
    const challengeOptions = { ...pricing, token, url: request.url };
    const offer = buildPaymentRequirements(challengeOptions);
    const challenge = (error?: string) =>
      options.challenge === 'okx-guide'
        ? buildPaymentRequiredV1(challengeOptions, { error })
        : { ...buildPaymentRequired(challengeOptions), error: error ?? 'Payment required' };

    let attempt: ReturnType<typeof readPayment>;
    try {
      attempt = readPayment(request);
    } catch (error) {
      if (!(error instanceof X402FormatError)) throw error;
      return json(400, { error: 'invalid_payment_header', code: error.code, ...error.details });
    }
    if (attempt === undefined) {
      const required = challenge();
      return json(402, required, { [PAYMENT_HEADERS.required]: encodeHeaderJson(required) });
    }

    const { payment, receiptHeader } = attempt;
    const payer = payment.payload.authorization.from;
    const refuse = (reason: string) => {
      const receipt: SettleResponse = {
        success: false,
        errorReason: reason,
        transaction: '',
        network: offer.network,
        payer,
      };
      return json(
        402,
        { error: 'payment_invalid', reason },
        { [PAYMENT_HEADERS.required]: encodeHeaderJson(challenge(reason)), [receiptHeader]: encodeHeaderJson(receipt) },
      );
    };

    if (!matchesOffer(payment, offer)) return refuse(NO_MATCHING_REQUIREMENTS);
    const verdict = await facilitator.verify(payment, offer);
    if (!verdict.isValid) return refuse(verdict.invalidReason ?? MERCHANT_REASONS.unspecifiedInvalid);
    const settlement = await facilitator.settle(payment, offer);
    if (!settlement.success) return refuse(settlement.errorReason ?? MERCHANT_REASONS.unspecifiedSettlement);

    const row: PaymentLedgerRow = {
      payer_address: payer,
      endpoint: new URL(request.url).pathname,
      amount: offer.amount,
      tx_hash: settlement.transaction,
      chain,
      status: 'settled',
      response_summary: REPORT_SUMMARY,
    };
    let recorded = true;
    try {
      await recordPayment?.(row);
    } catch (error) {
      recorded = false;
      const cause = error instanceof Error ? error.message : String(error);
      logger.error(`[payment-log] insert failed tx_hash=${row.tx_hash} (${cause})`);
    }
    return json(
      200,
      {
        report: report(),
        payment: {
          tx_hash: row.tx_hash,
          payer,
          amount: formatUsdg(row.amount, token),
          network: settlement.network,
          recorded,
        },
      },
      { [receiptHeader]: encodeHeaderJson(settlement), 'Cache-Control': 'private, no-store' },
    );
  };
}
