import type { TokenAmountError } from '../../catalog/chains.ts';
import { type MessageKey, runtimeKey } from '../../i18n/messageKey.ts';
import { FINDING_CODES, type FindingCode } from './classifyPaymentMessage.ts';
import {
  X402_CHALLENGE_ERROR_CODES,
  X402_FACILITATOR_ERROR_CODES,
  X402_FORMAT_ERROR_CODES,
  X402_SIGNING_ERROR_CODES,
} from './x402Errors.ts';
import { MERCHANT_REASONS, VERIFY_REASONS } from './x402Reasons.ts';

const TOKEN_AMOUNT_ERROR_CODE: TokenAmountError['code'] = 'invalid_atomic_amount';

/** Every `code` an x402 playground error can carry (several classes share some codes). */
export const X402_ERROR_CODES: readonly string[] = [
  ...new Set([
    ...X402_FORMAT_ERROR_CODES,
    ...X402_CHALLENGE_ERROR_CODES,
    ...X402_SIGNING_ERROR_CODES,
    ...X402_FACILITATOR_ERROR_CODES,
    TOKEN_AMOUNT_ERROR_CODE,
  ]),
];

/** Every `invalidReason` / `errorReason` the mock facilitator and the demo merchant answer with. */
export const X402_REASONS: readonly string[] = [...Object.values(VERIFY_REASONS), ...Object.values(MERCHANT_REASONS)];

const KNOWN_REASONS = new Set(X402_REASONS);

/**
 * Dictionary key (`playground/i18n/*.json`) for an error code: a thrown `PlaygroundError`'s `code`,
 * or the `error` field of a local server's 4xx/5xx answer.
 *
 * @example
 * errorMessageKey('invalid_base64'); // 'errors.invalid_base64'
 */
export function errorMessageKey(code: string): MessageKey {
  return runtimeKey('errors', code);
}

/**
 * Dictionary key for a verify or settle reason. A real facilitator may answer reasons this mock never
 * produces (OKX adds its own); those share one generic message, and the UI shows the raw string beside it.
 *
 * @example
 * reasonMessageKey('invalid_exact_evm_signature'); // 'x402.reason.invalid_exact_evm_signature'
 * reasonMessageKey('something_new'); // 'x402.reason.unknown'
 */
export function reasonMessageKey(reason: string): MessageKey {
  return KNOWN_REASONS.has(reason) ? runtimeKey('x402.reason', reason) : 'x402.reason.unknown';
}

/**
 * Dictionary key for a finding of the message inspector.
 *
 * @example
 * findingMessageKey('max_timeout_not_number'); // 'x402.finding.max_timeout_not_number'
 */
export function findingMessageKey(code: FindingCode): MessageKey {
  return `x402.finding.${code}`;
}

/** Every key the x402 logic can ask the dictionaries for. */
export const X402_MESSAGE_KEYS: readonly MessageKey[] = [
  ...X402_ERROR_CODES.map(errorMessageKey),
  ...X402_REASONS.map(reasonMessageKey),
  reasonMessageKey(''),
  ...FINDING_CODES.map(findingMessageKey),
];
