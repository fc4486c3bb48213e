import { classifyPaymentMessage, type PaymentMessageClassification } from './classifyPaymentMessage.ts';
import {
  decodeHeaderJson,
  decodePaymentRequiredHeader,
  decodePaymentResponseHeader,
  decodePaymentSignatureHeader,
  decodeXPaymentHeader,
  decodeXPaymentResponseHeader,
  PAYMENT_HEADERS,
  type PaymentHeaderName,
} from './paymentHeaders.ts';
import { X402FormatError } from './x402Errors.ts';

/** The strict decoder of each header: what a stock x402 client accepts in it. */
const STRICT_DECODERS: Readonly<Record<PaymentHeaderName, (value: string) => unknown>> = {
  [PAYMENT_HEADERS.required]: decodePaymentRequiredHeader,
  [PAYMENT_HEADERS.signature]: decodePaymentSignatureHeader,
  [PAYMENT_HEADERS.response]: decodePaymentResponseHeader,
  [PAYMENT_HEADERS.xPayment]: decodeXPaymentHeader,
  [PAYMENT_HEADERS.xPaymentResponse]: decodeXPaymentResponseHeader,
};

/** What the header inspector reports on one header value: the message's kind, dialect and findings, and more. */
export interface PaymentHeaderInspection extends PaymentMessageClassification {
  /** The header's JSON, decoded without checking its shape. */
  readonly decoded: unknown;
  /** Why the header's strict decoder refuses the value, or `null` when a stock x402 client would take it. */
  readonly strictError: X402FormatError | null;
}

/**
 * Inspects an x402 header value as the playground's header inspector does: decodes its JSON loosely,
 * so that well-formed JSON which is not valid x402 still gets explained; asks the header's strict
 * decoder whether a stock client would accept it; and classifies the message. Surrounding whitespace
 * is ignored.
 *
 * @throws {X402FormatError} `invalid_base64` | `invalid_utf8` | `invalid_json` when the value is not base64 JSON at all.
 * @example
 * const inspection = inspectPaymentHeader(CANONICAL_CHALLENGE_HEADER, 'PAYMENT-REQUIRED');
 * inspection.dialect;     // 'v2'
 * inspection.strictError; // null
 */
export function inspectPaymentHeader(value: string, header: PaymentHeaderName): PaymentHeaderInspection {
  const trimmed = value.trim();
  const decoded = decodeHeaderJson(trimmed, header);
  return { ...classifyPaymentMessage(decoded, header), decoded, strictError: strictErrorOf(trimmed, header) };
}

function strictErrorOf(value: string, header: PaymentHeaderName): X402FormatError | null {
  try {
    STRICT_DECODERS[header](value);
    return null;
  } catch (error) {
    if (!(error instanceof X402FormatError)) throw error;
    return error;
  }
}
