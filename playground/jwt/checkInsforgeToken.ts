import { JWSSignatureVerificationFailed, JWTClaimValidationFailed, JWTExpired } from 'jose/errors';
import { jwtVerify } from 'jose/jwt/verify';
import type { MessageKey } from '../i18n/messageKey.ts';
import { type DecodedJws, type DecodedToken, decodeToken, type JsonObject } from './decodeToken.ts';
import { INSFORGE_BACKEND, type InsforgeDbRole } from './insforgeBackend.ts';
import { JwtDecodeError } from './jwtErrors.ts';

export type RuleStatus = 'pass' | 'fail' | 'warn';

/** The backend checks, in the order the backend applies them. */
export const INSFORGE_RULES = [
  'algorithm',
  'signature',
  'subject',
  'role',
  'expiry',
  'audience',
  'custom_claims',
  'lifetime',
] as const;
export type InsforgeRule = (typeof INSFORGE_RULES)[number];

export interface RuleResult {
  rule: InsforgeRule;
  status: RuleStatus;
  /** i18n key of the explanation (and, for `fail`/`warn`, the fix). */
  messageKey: MessageKey;
  details?: Record<string, string | number>;
}

/** The claims Postgres sees in `request.jwt.claims`. */
export interface ForwardedClaims {
  sub?: string;
  email?: string;
  role: string;
}

export interface InsforgeVerdict {
  /** Would the backend let the request through to the database? */
  accepted: boolean;
  /** What the backend answers on `/api/database/*`: 401 for a bad token, subject or expiry; 403 for an unknown role. */
  httpStatus: 200 | 401 | 403;
  dbRole: InsforgeDbRole | null;
  /** Exactly what `request.jwt.claims` would hold; `null` when the request is refused. */
  claims: ForwardedClaims | null;
  /** What `requesting_user_id()` returns inside a policy. */
  requestingUserId: string | null;
  rules: RuleResult[];
}

export interface CheckInsforgeTokenOptions {
  /** The clock, in unix seconds; defaults to the current time. */
  now?: number;
}

/** The rules whose failure makes the backend answer 401 (token verification and the subject check). */
const UNAUTHORIZED_RULES: ReadonlySet<InsforgeRule> = new Set(['algorithm', 'signature', 'subject', 'expiry']);
const TIME_CLAIMS = ['exp', 'nbf', 'iat'] as const;
const KNOWN_CLAIMS: ReadonlySet<string> = new Set([
  ...INSFORGE_BACKEND.forwardedClaims,
  ...INSFORGE_BACKEND.registeredClaims,
]);

/**
 * Answers "would InsForge accept this token on its database API, and what would Postgres see?",
 * modelling backend v2.3.1: HS256 with the project secret only, `sub` required, `role` defaulting to
 * `authenticated`, `exp` enforced, and only `sub`/`email`/`role` forwarded to `request.jwt.claims`.
 * A string `secret` is used as UTF-8 text, as the backend uses `JWT_SECRET`. Never throws for a bad
 * token: a token that cannot even be decoded yields a 401 verdict whose rule names the decode error
 * (`details.code`) next to that error's own details.
 *
 * @example
 * const verdict = await checkInsforgeToken(token, jwtSecret, { now: 1_760_000_000 });
 * verdict.httpStatus;       // 200
 * verdict.claims;           // { sub: 'user_2xPnG8KxVQr', role: 'authenticated' }
 * verdict.requestingUserId; // 'user_2xPnG8KxVQr'
 */
export async function checkInsforgeToken(
  token: string,
  secret: string | Uint8Array,
  options: CheckInsforgeTokenOptions = {},
): Promise<InsforgeVerdict> {
  return insforgeVerdictAt(await checkInsforgeSignature(token, secret), options.now ?? Math.floor(Date.now() / 1000));
}

/** The clock-free half of the check: the token decoded, its algorithm and its signature. */
export interface SignatureCheck {
  /** `algorithm` and `signature`, or the one rule that stops the check (an undecodable token, a JWE). */
  readonly rules: readonly RuleResult[];
  /** The claims to judge next, or `null` when the check stops at `rules`. */
  readonly payload: JsonObject | null;
}

/**
 * Decodes `token` and verifies its signature: the slow, asynchronous half of `checkInsforgeToken`,
 * which does not depend on the time. A view with a ticking clock runs it when the token or the secret
 * changes, and `insforgeVerdictAt` on every tick.
 *
 * @example
 * const check = await checkInsforgeSignature(token, jwtSecret);
 * insforgeVerdictAt(check, Math.floor(Date.now() / 1000)).httpStatus; // 200
 */
export async function checkInsforgeSignature(token: string, secret: string | Uint8Array): Promise<SignatureCheck> {
  let decoded: DecodedToken;
  try {
    decoded = decodeToken(token);
  } catch (error) {
    if (!(error instanceof JwtDecodeError)) throw error;
    const rule: RuleResult = {
      rule: 'signature',
      status: 'fail',
      messageKey: 'jwt.insforge.signature.malformed',
      // The decode error's own details (`count`, `character`) travel along: its message needs them too.
      details: { ...error.details, code: error.code, segment: error.details.segment ?? 'token' },
    };
    return { rules: [rule], payload: null };
  }
  if (decoded.kind === 'jwe') {
    const details = { alg: decoded.alg ?? '', enc: decoded.enc ?? '' };
    return {
      rules: [{ rule: 'algorithm', status: 'fail', messageKey: 'jwt.insforge.algorithm.encrypted', details }],
      payload: null,
    };
  }
  return { rules: [algorithmRule(decoded.alg), await signatureRule(decoded, secret)], payload: decoded.payload };
}

/**
 * The verdict on a checked token at `now` (unix seconds): the claim rules, then what the backend answers.
 * Synchronous and cheap, so a view can follow its clock.
 *
 * @example
 * insforgeVerdictAt(check, 1_760_000_000).rules.find((r) => r.rule === 'expiry')?.details; // { exp, secondsLeft: 842 }
 */
export function insforgeVerdictAt(check: SignatureCheck, now: number): InsforgeVerdict {
  const { payload } = check;
  if (payload === null) return verdictFrom([...check.rules], {});
  const rules: RuleResult[] = [
    ...check.rules,
    subjectRule(payload.sub),
    roleRule(payload.role),
    expiryRule(payload, now),
    audienceRule(payload.aud),
    customClaimsRule(payload),
    lifetimeRule(payload),
  ];
  return verdictFrom(rules, payload);
}

function verdictFrom(rules: RuleResult[], payload: JsonObject): InsforgeVerdict {
  const failed = rules.filter((r) => r.status === 'fail');
  const httpStatus = failed.some((r) => UNAUTHORIZED_RULES.has(r.rule)) ? 401 : failed.length > 0 ? 403 : 200;
  if (httpStatus !== 200) {
    return { accepted: false, httpStatus, dbRole: null, claims: null, requestingUserId: null, rules };
  }

  // The rules above guarantee a non-empty string `sub` and a known role here.
  const dbRole = (payload.role ?? INSFORGE_BACKEND.defaultRole) as InsforgeDbRole;
  const claims = forwardedClaims(dbRole, payload);
  return { accepted: true, httpStatus, dbRole, claims, requestingUserId: claims.sub ?? null, rules };
}

function forwardedClaims(dbRole: InsforgeDbRole, payload: JsonObject): ForwardedClaims {
  // Anonymous and admin requests are swapped for a bare `{ role }` token before they reach PostgREST,
  // so an admin token's `sub` is gone: `requesting_user_id()` is NULL and owner-column defaults stay empty.
  if (dbRole !== 'authenticated') return { role: dbRole };
  const claims: ForwardedClaims = { sub: payload.sub as string, role: dbRole };
  if (typeof payload.email === 'string') claims.email = payload.email;
  return claims;
}

function algorithmRule(alg: string | undefined): RuleResult {
  if (alg === INSFORGE_BACKEND.algorithm)
    return { rule: 'algorithm', status: 'pass', messageKey: 'jwt.insforge.algorithm.hs256' };
  if (alg === undefined) return { rule: 'algorithm', status: 'fail', messageKey: 'jwt.insforge.algorithm.missing' };
  if (alg.toLowerCase() === 'none')
    return { rule: 'algorithm', status: 'fail', messageKey: 'jwt.insforge.algorithm.none' };
  const messageKey = alg.startsWith('HS') ? 'jwt.insforge.algorithm.otherHmac' : 'jwt.insforge.algorithm.asymmetric';
  return { rule: 'algorithm', status: 'fail', messageKey, details: { alg } };
}

async function signatureRule(decoded: DecodedJws, secret: string | Uint8Array): Promise<RuleResult> {
  if (decoded.alg !== INSFORGE_BACKEND.algorithm) {
    // The backend refuses the algorithm before it ever looks at the signature.
    return { rule: 'signature', status: 'fail', messageKey: 'jwt.insforge.signature.notChecked' };
  }
  const key = typeof secret === 'string' ? new TextEncoder().encode(secret) : secret;
  if (key.length === 0) return { rule: 'signature', status: 'fail', messageKey: 'jwt.insforge.signature.noSecret' };
  try {
    await jwtVerify(decoded.token, key, { algorithms: [INSFORGE_BACKEND.algorithm] });
  } catch (error) {
    // jose checks claims only after the signature verified, so a claim error still means "signature ok";
    // the expiry rule reports the claim problem itself.
    const claimError = error instanceof JWTExpired || error instanceof JWTClaimValidationFailed;
    if (!claimError) {
      const messageKey =
        error instanceof JWSSignatureVerificationFailed
          ? 'jwt.insforge.signature.mismatch'
          : 'jwt.insforge.signature.invalid';
      return { rule: 'signature', status: 'fail', messageKey };
    }
  }
  return { rule: 'signature', status: 'pass', messageKey: 'jwt.insforge.signature.valid' };
}

function subjectRule(sub: unknown): RuleResult {
  if (sub === undefined) return { rule: 'subject', status: 'fail', messageKey: 'jwt.insforge.subject.missing' };
  if (typeof sub !== 'string') return { rule: 'subject', status: 'fail', messageKey: 'jwt.insforge.subject.notString' };
  if (sub === '') return { rule: 'subject', status: 'fail', messageKey: 'jwt.insforge.subject.empty' };
  return { rule: 'subject', status: 'pass', messageKey: 'jwt.insforge.subject.present', details: { sub } };
}

function roleRule(role: unknown): RuleResult {
  if (role === undefined) return { rule: 'role', status: 'pass', messageKey: 'jwt.insforge.role.defaulted' };
  if (role === 'authenticated') return { rule: 'role', status: 'pass', messageKey: 'jwt.insforge.role.authenticated' };
  if (role === 'anon') return { rule: 'role', status: 'pass', messageKey: 'jwt.insforge.role.anon' };
  if (role === 'project_admin') return { rule: 'role', status: 'warn', messageKey: 'jwt.insforge.role.projectAdmin' };
  const shown = typeof role === 'string' ? role : JSON.stringify(role);
  return { rule: 'role', status: 'fail', messageKey: 'jwt.insforge.role.unknown', details: { role: shown } };
}

function expiryRule(payload: JsonObject, now: number): RuleResult {
  for (const claim of TIME_CLAIMS) {
    const value = payload[claim];
    if (value !== undefined && !isFiniteNumber(value)) {
      return { rule: 'expiry', status: 'fail', messageKey: 'jwt.insforge.expiry.invalidClaim', details: { claim } };
    }
  }
  const { exp, nbf } = payload as { exp?: number; nbf?: number };
  // jsonwebtoken treats a token as expired from the second `exp` names, with no clock tolerance.
  if (exp !== undefined && now >= exp) {
    return {
      rule: 'expiry',
      status: 'fail',
      messageKey: 'jwt.insforge.expiry.expired',
      details: { exp, secondsAgo: now - exp },
    };
  }
  if (nbf !== undefined && nbf > now) {
    const details = { nbf, secondsUntilValid: nbf - now };
    return { rule: 'expiry', status: 'fail', messageKey: 'jwt.insforge.expiry.notYetValid', details };
  }
  if (exp === undefined) return { rule: 'expiry', status: 'warn', messageKey: 'jwt.insforge.expiry.missing' };
  return {
    rule: 'expiry',
    status: 'pass',
    messageKey: 'jwt.insforge.expiry.valid',
    details: { exp, secondsLeft: exp - now },
  };
}

function audienceRule(aud: unknown): RuleResult {
  const expected = INSFORGE_BACKEND.audience;
  if (aud === undefined)
    return { rule: 'audience', status: 'warn', messageKey: 'jwt.insforge.audience.missing', details: { expected } };
  if (aud === expected || (Array.isArray(aud) && aud.includes(expected))) {
    return { rule: 'audience', status: 'pass', messageKey: 'jwt.insforge.audience.conventional' };
  }
  const shown = Array.isArray(aud) ? aud.join(', ') : typeof aud === 'string' ? aud : JSON.stringify(aud);
  return {
    rule: 'audience',
    status: 'warn',
    messageKey: 'jwt.insforge.audience.unconventional',
    details: { aud: shown, expected },
  };
}

function customClaimsRule(payload: JsonObject): RuleResult {
  const dropped = Object.keys(payload).filter((claim) => !KNOWN_CLAIMS.has(claim));
  if (dropped.length === 0)
    return { rule: 'custom_claims', status: 'pass', messageKey: 'jwt.insforge.customClaims.none' };
  const details = { claims: dropped.join(', '), count: dropped.length };
  return { rule: 'custom_claims', status: 'warn', messageKey: 'jwt.insforge.customClaims.dropped', details };
}

function lifetimeRule(payload: JsonObject): RuleResult {
  const { exp, iat } = payload;
  if (!isFiniteNumber(exp) || !isFiniteNumber(iat)) {
    return { rule: 'lifetime', status: 'pass', messageKey: 'jwt.insforge.lifetime.unmeasured' };
  }
  const lifetime = exp - iat;
  const { sdkRealtimeLeewaySeconds: leeway, safeRealtimeLifetimeSeconds: recommended } = INSFORGE_BACKEND;
  const details = { lifetime, leeway, recommended };
  // A token no longer than the leeway is "about to expire" from birth: every realtime handshake clears it.
  if (lifetime <= leeway)
    return { rule: 'lifetime', status: 'warn', messageKey: 'jwt.insforge.lifetime.withinLeeway', details };
  if (lifetime <= recommended)
    return { rule: 'lifetime', status: 'warn', messageKey: 'jwt.insforge.lifetime.nearLeeway', details };
  return { rule: 'lifetime', status: 'pass', messageKey: 'jwt.insforge.lifetime.comfortable', details };
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
