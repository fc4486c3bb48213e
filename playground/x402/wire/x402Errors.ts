import { PlaygroundError } from '../../errors.ts';

/**
 * Codes thrown when a header value or message body is not x402-shaped.
 * `details.field` names the JSON path at fault (`accepts[0].maxTimeoutSeconds`); header decoders add
 * `details.header` (`PAYMENT-SIGNATURE`).
 */
export const X402_FORMAT_ERROR_CODES = ['invalid_base64', 'invalid_utf8', 'invalid_json', 'invalid_shape'] as const;
export type X402FormatErrorCode = (typeof X402_FORMAT_ERROR_CODES)[number];

/** A payment header or message could not be decoded into the shape x402 defines. */
export class X402FormatError extends PlaygroundError<X402FormatErrorCode> {}

/** Codes thrown when a challenge is built from values no client could pay. `details.field` names the option. */
export const X402_CHALLENGE_ERROR_CODES = [
  'invalid_address',
  'invalid_amount',
  'invalid_timeout',
  'invalid_url',
] as const;
export type X402ChallengeErrorCode = (typeof X402_CHALLENGE_ERROR_CODES)[number];

/** The options given to a challenge builder or the demo merchant cannot produce a payable challenge. */
export class X402ChallengeError extends PlaygroundError<X402ChallengeErrorCode> {}

/** Codes thrown when an authorization cannot be built or signed from the requirements given. */
export const X402_SIGNING_ERROR_CODES = [
  'missing_eip712_domain',
  'unsupported_network',
  'invalid_address',
  'no_payable_requirement',
] as const;
export type X402SigningErrorCode = (typeof X402_SIGNING_ERROR_CODES)[number];

/** The requirements (or the signer) given to the signing helpers cannot produce a valid authorization. */
export class X402SigningError extends PlaygroundError<X402SigningErrorCode> {}

/** Codes thrown by the mock facilitator's test-money helpers (`faucet`, `balanceOf`). */
export const X402_FACILITATOR_ERROR_CODES = ['invalid_address', 'invalid_amount', 'unknown_asset'] as const;
export type X402FacilitatorErrorCode = (typeof X402_FACILITATOR_ERROR_CODES)[number];

/** A faucet or balance request names no valid address, amount or known token. Failed verifications are answers, not errors. */
export class X402FacilitatorError extends PlaygroundError<X402FacilitatorErrorCode> {}
