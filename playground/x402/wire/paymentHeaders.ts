import { assertShallowEnough, assertShortEnough } from '../../limits/inputLimits.ts';
import { parsePaymentPayload, parsePaymentRequired, parseSettleResponse } from './parsePaymentMessages.ts';
import { decodeUtf8Base64, encodeUtf8Base64 } from './utf8Base64.ts';
import { X402FormatError } from './x402Errors.ts';
import type { AnyPaymentPayload, AnyPaymentRequired, SettleResponse } from './x402Types.ts';

/** The x402 HTTP headers, as the specs spell them (HTTP itself ignores case). */
export const PAYMENT_HEADERS = {
  /** v2: the 402 challenge, server → client. */
  required: 'PAYMENT-REQUIRED',
  /** v2: the signed payment, client → server. */
  signature: 'PAYMENT-SIGNATURE',
  /** v2: the settlement receipt, server → client. */
  response: 'PAYMENT-RESPONSE',
  /** v1: the signed payment (v1 puts the challenge in the response body). */
  xPayment: 'X-PAYMENT',
  /** v1: the settlement receipt. */
  xPaymentResponse: 'X-PAYMENT-RESPONSE',
} as const;

export type PaymentHeaderName = (typeof PAYMENT_HEADERS)[keyof typeof PAYMENT_HEADERS];

/**
 * Encodes any JSON value the way every x402 header carries it: compact JSON, UTF-8, standard base64.
 *
 * @example
 * encodeHeaderJson({ x402Version: 2 }); // 'eyJ4NDAyVmVyc2lvbiI6Mn0='
 */
export function encodeHeaderJson(value: unknown): string {
  return encodeUtf8Base64(JSON.stringify(value));
}

/**
 * Decodes a header value to JSON without checking its shape — what an inspector needs to explain a
 * header that is well-formed base64 JSON but not valid x402. Values past `INPUT_LIMITS` are refused
 * before decoding, so every header decoder below is bounded too.
 *
 * @throws {X402FormatError} `invalid_base64`, `invalid_utf8` or `invalid_json`, with `details.header`.
 * @throws {InputLimitError} `input_too_large` | `json_too_deep`, with `details.header`.
 * @example
 * decodeHeaderJson('eyJ4NDAyVmVyc2lvbiI6Mn0=', 'PAYMENT-REQUIRED'); // { x402Version: 2 }
 */
export function decodeHeaderJson(value: string, header: PaymentHeaderName): unknown {
  assertShortEnough(value, { header });
  const text = naming(header, () => decodeUtf8Base64(value));
  assertShallowEnough(text, { header });
  try {
    return JSON.parse(text);
  } catch {
    throw new X402FormatError('invalid_json', `${header}: the decoded text is not JSON`, { header });
  }
}

/** Runs `step`, adding the header name to any format error so the reader knows which header failed. */
function naming<T>(header: PaymentHeaderName, step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (!(error instanceof X402FormatError)) throw error;
    throw new X402FormatError(error.code, `${header}: ${error.message}`, { ...error.details, header });
  }
}

function decodeShaped<T>(value: string, header: PaymentHeaderName, parse: (json: unknown) => T): T {
  const json = decodeHeaderJson(value, header);
  return naming(header, () => parse(json));
}

/**
 * Encodes a 402 challenge for the `PAYMENT-REQUIRED` header.
 *
 * @example
 * response.headers.set('PAYMENT-REQUIRED', encodePaymentRequiredHeader(challenge));
 */
export function encodePaymentRequiredHeader(challenge: AnyPaymentRequired): string {
  return encodeHeaderJson(challenge);
}

/**
 * Decodes and validates a `PAYMENT-REQUIRED` header: v2, or the InsForge guide's OKX variant
 * (`x402Version: 1`).
 *
 * @throws {X402FormatError} `invalid_base64` | `invalid_utf8` | `invalid_json` | `invalid_shape`.
 * @example
 * decodePaymentRequiredHeader(response.headers.get('PAYMENT-REQUIRED') ?? '').accepts[0];
 */
export function decodePaymentRequiredHeader(value: string): AnyPaymentRequired {
  return decodeShaped(value, PAYMENT_HEADERS.required, parsePaymentRequired);
}

/**
 * Encodes a payment for the v2 `PAYMENT-SIGNATURE` header.
 *
 * @example
 * fetch(url, { headers: { 'PAYMENT-SIGNATURE': encodePaymentSignatureHeader(payment) } });
 */
export function encodePaymentSignatureHeader(payment: AnyPaymentPayload): string {
  return encodeHeaderJson(payment);
}

/**
 * Decodes and validates a `PAYMENT-SIGNATURE` header: a v2 payment, or the guide's OKX variant.
 *
 * @throws {X402FormatError} `invalid_base64` | `invalid_utf8` | `invalid_json` | `invalid_shape`.
 * @example
 * decodePaymentSignatureHeader(request.headers.get('PAYMENT-SIGNATURE') ?? '').payload.authorization.from;
 */
export function decodePaymentSignatureHeader(value: string): AnyPaymentPayload {
  return decodeShaped(value, PAYMENT_HEADERS.signature, (json) => parsePaymentPayload(json));
}

/**
 * Encodes a settlement receipt for the v2 `PAYMENT-RESPONSE` header.
 *
 * @example
 * headers.set('PAYMENT-RESPONSE', encodePaymentResponseHeader(settlement));
 */
export function encodePaymentResponseHeader(receipt: SettleResponse): string {
  return encodeHeaderJson(receipt);
}

/**
 * Decodes and validates a `PAYMENT-RESPONSE` header.
 *
 * @throws {X402FormatError} `invalid_base64` | `invalid_utf8` | `invalid_json` | `invalid_shape`.
 * @example
 * decodePaymentResponseHeader(response.headers.get('PAYMENT-RESPONSE') ?? '').transaction;
 */
export function decodePaymentResponseHeader(value: string): SettleResponse {
  return decodeShaped(value, PAYMENT_HEADERS.response, parseSettleResponse);
}

/**
 * Encodes a payment for the v1 `X-PAYMENT` header.
 *
 * @example
 * fetch(url, { headers: { 'X-PAYMENT': encodeXPaymentHeader(paymentV1) } });
 */
export function encodeXPaymentHeader(payment: AnyPaymentPayload): string {
  return encodeHeaderJson(payment);
}

/**
 * Decodes and validates a v1 `X-PAYMENT` header (a v2 payment in it decodes too; the classifier
 * flags the mix).
 *
 * @throws {X402FormatError} `invalid_base64` | `invalid_utf8` | `invalid_json` | `invalid_shape`.
 * @example
 * decodeXPaymentHeader(request.headers.get('X-PAYMENT') ?? '').x402Version; // 1
 */
export function decodeXPaymentHeader(value: string): AnyPaymentPayload {
  return decodeShaped(value, PAYMENT_HEADERS.xPayment, (json) => parsePaymentPayload(json));
}

/**
 * Encodes a settlement receipt for the v1 `X-PAYMENT-RESPONSE` header.
 *
 * @example
 * headers.set('X-PAYMENT-RESPONSE', encodeXPaymentResponseHeader(settlement));
 */
export function encodeXPaymentResponseHeader(receipt: SettleResponse): string {
  return encodeHeaderJson(receipt);
}

/**
 * Decodes and validates a v1 `X-PAYMENT-RESPONSE` header.
 *
 * @throws {X402FormatError} `invalid_base64` | `invalid_utf8` | `invalid_json` | `invalid_shape`.
 * @example
 * decodeXPaymentResponseHeader(response.headers.get('X-PAYMENT-RESPONSE') ?? '').success;
 */
export function decodeXPaymentResponseHeader(value: string): SettleResponse {
  return decodeShaped(value, PAYMENT_HEADERS.xPaymentResponse, parseSettleResponse);
}

/**
 * Picks the request header a payment travels in: `PAYMENT-SIGNATURE` for v2 and for the InsForge
 * guide's OKX variant (v1 fields, CAIP-2 network, v2 header names); `X-PAYMENT` for a classic v1
 * payment with a short network name.
 *
 * @example
 * const { name, value } = paymentRequestHeader(payment);
 * await fetch(url, { headers: { [name]: value } });
 */
export function paymentRequestHeader(payment: AnyPaymentPayload): { name: PaymentHeaderName; value: string } {
  const classicV1 = payment.x402Version === 1 && !payment.network.includes(':');
  return classicV1
    ? { name: PAYMENT_HEADERS.xPayment, value: encodeXPaymentHeader(payment) }
    : { name: PAYMENT_HEADERS.signature, value: encodePaymentSignatureHeader(payment) };
}
