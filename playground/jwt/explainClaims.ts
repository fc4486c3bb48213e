import type { MessageKey } from '../i18n/messageKey.ts';
import { oneOf } from '../oneOf.ts';
import type { JsonObject } from './decodeToken.ts';
import { AUTH0_INSFORGE_CLAIM } from './providerPresets.ts';

/** Where a claim comes from: RFC 7519 itself, widespread convention, InsForge, or the token's issuer alone. */
export type ClaimKind = 'registered' | 'common' | 'insforge' | 'custom';

/** A time claim placed on the reader's clock. */
export interface ClaimTime {
  /** The instant as an ISO 8601 UTC string. */
  readonly iso: string;
  /** Seconds from `now` to the instant: negative in the past, positive in the future. */
  readonly relativeSeconds: number;
}

export interface ClaimExplanation {
  readonly claim: string;
  readonly value: unknown;
  readonly kind: ClaimKind;
  /** i18n key describing the claim, e.g. `jwt.claims.exp`. */
  readonly descriptionKey: MessageKey;
  /** Present for numeric time claims (`exp`, `nbf`, `iat`, `auth_time`). */
  readonly time?: ClaimTime;
  /** Set on `exp` once it has passed and on `nbf` while it is still ahead. */
  readonly flag?: 'expired' | 'not_yet_valid';
}

const REGISTERED = ['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti'] as const;
const COMMON = [
  'email',
  'email_verified',
  'name',
  'given_name',
  'family_name',
  'nickname',
  'picture',
  'azp',
  'sid',
  'scope',
  'scp',
  'org_id',
  'permissions',
  'nonce',
  'auth_time',
] as const;
/** Claims InsForge itself reads, beyond the registered `sub`; Auth0's guide nests the InsForge token under a URL. */
const INSFORGE: ReadonlyMap<string, MessageKey> = new Map<string, MessageKey>([
  ['role', 'jwt.claims.role'],
  [AUTH0_INSFORGE_CLAIM, 'jwt.claims.insforgeToken'],
]);
const TIME_CLAIMS = new Set(['exp', 'nbf', 'iat', 'auth_time']);

/** Every description key `explainClaims` can return, so a test can check each has a translation. */
export const CLAIM_DESCRIPTION_KEYS: readonly MessageKey[] = [
  ...[...REGISTERED, ...COMMON].map((claim) => `jwt.claims.${claim}` as const),
  ...INSFORGE.values(),
  'jwt.claims.custom',
];

/**
 * Explains every claim of a decoded payload, in payload order: what it is, and for time claims
 * where it sits relative to `now` (unix seconds), flagging an expired `exp` or a future `nbf`.
 *
 * @example
 * explainClaims({ sub: 'user_1', exp: 1_700_000_000 }, 1_700_000_100);
 * // [{ claim: 'sub', kind: 'registered', … },
 * //  { claim: 'exp', kind: 'registered', time: { relativeSeconds: -100, … }, flag: 'expired', … }]
 */
export function explainClaims(payload: JsonObject, now: number): ClaimExplanation[] {
  return Object.entries(payload).map(([claim, value]) => {
    const explanation: ClaimExplanation = {
      claim,
      value,
      kind: kindOf(claim),
      descriptionKey: descriptionKeyOf(claim),
    };
    if (!TIME_CLAIMS.has(claim) || typeof value !== 'number' || !Number.isFinite(value)) return explanation;
    const time = { iso: toIso(value), relativeSeconds: value - now };
    // Same boundary as the verifiers: a token is expired from the second `exp` names.
    if (claim === 'exp' && value <= now) return { ...explanation, time, flag: 'expired' };
    if (claim === 'nbf' && value > now) return { ...explanation, time, flag: 'not_yet_valid' };
    return { ...explanation, time };
  });
}

function kindOf(claim: string): ClaimKind {
  if (oneOf(claim, REGISTERED)) return 'registered';
  if (INSFORGE.has(claim)) return 'insforge';
  if (oneOf(claim, COMMON)) return 'common';
  return 'custom';
}

function descriptionKeyOf(claim: string): MessageKey {
  const known = oneOf(claim, REGISTERED) ?? oneOf(claim, COMMON);
  return INSFORGE.get(claim) ?? (known ? `jwt.claims.${known}` : 'jwt.claims.custom');
}

function toIso(seconds: number): string {
  const date = new Date(seconds * 1000);
  // Out-of-range dates (e.g. exp: 1e20) have no ISO form; say so rather than throw mid-keystroke.
  return Number.isNaN(date.getTime()) ? 'invalid' : date.toISOString();
}
