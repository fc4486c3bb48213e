import { type Eip3009Token, PLAYGROUND_USDG } from '../../catalog/chains.ts';
import { FORMATS } from '../wire/shapeChecks.ts';
import { X402ChallengeError } from '../wire/x402Errors.ts';
import type {
  PaymentRequired,
  PaymentRequiredV1,
  PaymentRequirements,
  PaymentRequirementsV1,
} from '../wire/x402Types.ts';

/** What a paid endpoint asks for. Only `url` and `payTo` have no sensible default. */
export interface ChallengeOptions {
  /** The paid resource's URL. */
  url: string;
  /** The merchant's 0x address on the token's chain (not OKX Wallet's `XKO…` form). */
  payTo: string;
  /** Atomic units as a decimal string; default `"1"` (0.000001 USDG), the guide's price. */
  amount?: string;
  /**
   * The token to be paid in; default `PLAYGROUND_USDG`, whose signatures are worthless on any chain.
   * Pass `USDG` to ask for the real token.
   */
  token?: Eip3009Token;
  /** How long a signed authorization stays valid; default 300. */
  maxTimeoutSeconds?: number;
  /** Default `"Premium API endpoint"`. */
  description?: string;
  /** Default `"application/json"`. */
  mimeType?: string;
}

type ResolvedChallenge = Required<ChallengeOptions>;

function resolve(options: ChallengeOptions): ResolvedChallenge {
  const resolved: ResolvedChallenge = {
    url: options.url,
    payTo: options.payTo,
    amount: options.amount ?? '1',
    token: options.token ?? PLAYGROUND_USDG,
    maxTimeoutSeconds: options.maxTimeoutSeconds ?? 300,
    description: options.description ?? 'Premium API endpoint',
    mimeType: options.mimeType ?? 'application/json',
  };
  if (!URL.canParse(resolved.url)) {
    throw new X402ChallengeError('invalid_url', 'The resource URL is not an absolute URL', { field: 'url' });
  }
  if (!FORMATS.address.test(resolved.payTo)) {
    throw new X402ChallengeError('invalid_address', 'payTo must be a 0x EVM address (20 bytes of hex)', {
      field: 'payTo',
    });
  }
  if (!FORMATS.uint.test(resolved.amount)) {
    throw new X402ChallengeError('invalid_amount', 'amount is a whole number of atomic units, not a decimal', {
      field: 'amount',
      amount: resolved.amount,
    });
  }
  if (!Number.isSafeInteger(resolved.maxTimeoutSeconds) || resolved.maxTimeoutSeconds <= 0) {
    throw new X402ChallengeError('invalid_timeout', 'maxTimeoutSeconds is a positive whole number of seconds', {
      field: 'maxTimeoutSeconds',
    });
  }
  return resolved;
}

/**
 * Builds the v2 requirement a paid endpoint offers: exact scheme, CAIP-2 network, the token's
 * EIP-712 `name`/`version` in `extra`, and `maxTimeoutSeconds` as a JSON number.
 *
 * @throws {X402ChallengeError} `invalid_url` | `invalid_address` | `invalid_amount` | `invalid_timeout`.
 * @example
 * buildPaymentRequirements({ url: 'https://example.test/api/report', payTo: '0x7099…79C8' }).network; // 'eip155:196'
 */
export function buildPaymentRequirements(options: ChallengeOptions): PaymentRequirements {
  const { token, amount, payTo, maxTimeoutSeconds } = resolve(options);
  return {
    scheme: 'exact',
    network: token.network,
    asset: token.address,
    amount,
    payTo,
    maxTimeoutSeconds,
    extra: { name: token.name, version: token.version },
  };
}

/**
 * Builds a standard x402 v2 challenge, the value of the `PAYMENT-REQUIRED` header that `@x402/fetch`
 * 2.27 can pay (once USDG is allowed in its spend controls). Key order follows the reference server.
 *
 * @throws {X402ChallengeError} `invalid_url` | `invalid_address` | `invalid_amount` | `invalid_timeout`.
 * @example
 * const challenge = buildPaymentRequired({ url: 'https://example.test/api/report', payTo, token: USDG });
 * challenge.accepts[0].amount; // '1'
 */
export function buildPaymentRequired(options: ChallengeOptions): PaymentRequired {
  const { url, description, mimeType } = resolve(options);
  return {
    x402Version: 2,
    error: 'Payment required',
    resource: { url, description, mimeType },
    accepts: [buildPaymentRequirements(options)],
  };
}

/**
 * Builds a v1-shaped challenge: `x402Version: 1`, `maxAmountRequired`, the resource URL inside each
 * requirement. With the default (CAIP-2) network and no `error` this is exactly the InsForge guide's
 * OKX variant, which the guide sends in the v2 `PAYMENT-REQUIRED` header; a pure v1 server puts it,
 * with `error`, in the 402 body and uses a short network name such as `base`.
 *
 * @throws {X402ChallengeError} `invalid_url` | `invalid_address` | `invalid_amount` | `invalid_timeout`.
 * @example
 * buildPaymentRequiredV1({ url, payTo, token: USDG }).accepts[0].maxAmountRequired; // '1'
 */
export function buildPaymentRequiredV1(
  options: ChallengeOptions,
  { network, error }: { network?: string; error?: string } = {},
): PaymentRequiredV1 {
  const { url, description, mimeType, token, amount, payTo, maxTimeoutSeconds } = resolve(options);
  const requirement: PaymentRequirementsV1 = {
    scheme: 'exact',
    network: network ?? token.network,
    maxAmountRequired: amount,
    resource: url,
    description,
    mimeType,
    payTo,
    maxTimeoutSeconds,
    asset: token.address,
    extra: { name: token.name, version: token.version },
  };
  return error === undefined
    ? { x402Version: 1, accepts: [requirement] }
    : { x402Version: 1, error, accepts: [requirement] };
}
