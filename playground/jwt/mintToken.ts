import { SignJWT } from 'jose/jwt/sign';
import { getProvider, type ProviderId } from '../catalog/providers.ts';
import { INSFORGE_BACKEND } from './insforgeBackend.ts';
import { JwtMintError } from './jwtErrors.ts';
import { MIN_HMAC_SECRET_BYTES, type SecretInput, secretToBytes } from './secretToBytes.ts';

/** What the mint form holds; the same options drive `serverSnippet`. */
export interface MintOptions {
  readonly sub: string;
  readonly role: string;
  /** Omitted when undefined; the guides always set `insforge-api`. */
  readonly aud?: string;
  readonly email?: string;
  readonly expiresInSeconds: number;
  /** Further claims; InsForge drops them before Postgres, which the mint result warns about. */
  readonly extraClaims?: Readonly<Record<string, unknown>>;
  /** The provider whose id format `sub` should have. */
  readonly provider?: ProviderId;
}

/**
 * `sub_format_mismatch`: `sub` does not look like the chosen provider's user ids.
 * `unknown_role`: a role other than authenticated/anon/project_admin — the database API answers 403.
 * `project_admin_role`: bypasses RLS entirely. `short_lifetime`: falls inside the SDK's 60 s realtime leeway.
 * `custom_claims_dropped`: extra claims never reach `auth.jwt()`. `weak_secret`: shorter than 32 bytes (RFC 7518 §3.2).
 */
export const MINT_WARNINGS = [
  'sub_format_mismatch',
  'unknown_role',
  'project_admin_role',
  'short_lifetime',
  'custom_claims_dropped',
  'weak_secret',
] as const;
export type MintWarning = (typeof MINT_WARNINGS)[number];

export interface MintedToken {
  readonly token: string;
  readonly header: { readonly alg: 'HS256'; readonly typ: 'JWT' };
  readonly claims: Readonly<Record<string, unknown>>;
  readonly warnings: MintWarning[];
  /** Facts behind the warnings: `provider`, `droppedClaims`, `secretBytes`. */
  readonly details: Record<string, string | number>;
}

/** Clerk's upper bound for a template lifetime (ten years), a sane ceiling for any token. */
export const MAX_LIFETIME_SECONDS = 315_360_000;
/** Claims the form sets itself, so `extraClaims` may not override them. */
const RESERVED_CLAIMS = ['sub', 'role', 'aud', 'email', 'iat', 'exp'];
/** Registered claims an issuer may add without them counting as "custom". */
const HARMLESS_EXTRA = new Set<string>(INSFORGE_BACKEND.registeredClaims);
const HEADER = { alg: 'HS256', typ: 'JWT' } as const;

/**
 * Signs an InsForge token — HS256 with the project secret, as every guide's server does — with
 * `iat` from `now` (unix seconds; defaults to the current time). Problems InsForge would still
 * accept, such as an odd `sub` shape, come back as warnings rather than errors.
 *
 * @throws {JwtMintError} `empty_sub`, `empty_role`, `invalid_lifetime` or `reserved_claim`.
 * @throws {JwtKeyError} when the secret is empty or not valid base64url.
 * @example
 * const { token } = await mintToken(
 *   { sub: 'user_2xPnG8KxVQr', role: 'authenticated', aud: 'insforge-api', expiresInSeconds: 3600 },
 *   { value: jwtSecret, encoding: 'utf8' },
 * );
 */
export async function mintToken(
  options: MintOptions,
  secret: SecretInput,
  { now = Math.floor(Date.now() / 1000) }: { now?: number } = {},
): Promise<MintedToken> {
  validate(options);
  const key = secretToBytes(secret);
  const { warnings, details } = warningsFor(options, key);

  const claims: Record<string, unknown> = { sub: options.sub, role: options.role };
  if (options.aud !== undefined) claims.aud = options.aud;
  if (options.email !== undefined) claims.email = options.email;
  Object.assign(claims, options.extraClaims, { iat: now, exp: now + options.expiresInSeconds });

  const token = await new SignJWT(claims).setProtectedHeader(HEADER).sign(key);
  return { token, header: HEADER, claims, warnings, details };
}

function validate(options: MintOptions): void {
  if (options.sub.trim() === '') throw new JwtMintError('empty_sub', 'sub must not be empty', { field: 'sub' });
  if (options.role.trim() === '') throw new JwtMintError('empty_role', 'role must not be empty', { field: 'role' });
  const lifetime = options.expiresInSeconds;
  if (!Number.isInteger(lifetime) || lifetime < 1 || lifetime > MAX_LIFETIME_SECONDS) {
    throw new JwtMintError('invalid_lifetime', 'The lifetime must be a whole number of seconds', {
      field: 'expiresInSeconds',
      min: 1,
      max: MAX_LIFETIME_SECONDS,
    });
  }
  const reserved = Object.keys(options.extraClaims ?? {}).find((claim) => RESERVED_CLAIMS.includes(claim));
  if (reserved) {
    throw new JwtMintError('reserved_claim', `Set "${reserved}" with its own field, not as an extra claim`, {
      claim: reserved,
    });
  }
}

function warningsFor(options: MintOptions, key: Uint8Array) {
  const warnings: MintWarning[] = [];
  const details: Record<string, string | number> = {};
  if (options.provider && !getProvider(options.provider).userId.pattern.test(options.sub)) {
    warnings.push('sub_format_mismatch');
    details.provider = options.provider;
  }
  if (options.role === 'project_admin') warnings.push('project_admin_role');
  else if (!(INSFORGE_BACKEND.roles as readonly string[]).includes(options.role)) warnings.push('unknown_role');
  if (options.expiresInSeconds <= INSFORGE_BACKEND.safeRealtimeLifetimeSeconds) warnings.push('short_lifetime');
  const dropped = Object.keys(options.extraClaims ?? {}).filter((claim) => !HARMLESS_EXTRA.has(claim));
  if (dropped.length > 0) {
    warnings.push('custom_claims_dropped');
    details.droppedClaims = dropped.join(', ');
  }
  const minSecretBytes = MIN_HMAC_SECRET_BYTES[HEADER.alg] ?? 0;
  if (key.length < minSecretBytes) {
    warnings.push('weak_secret');
    Object.assign(details, { secretBytes: key.length, minSecretBytes });
  }
  return { warnings, details };
}
