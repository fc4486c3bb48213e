import type { JWK } from 'jose';
import { JOSEAlgNotAllowed, JOSENotSupported, JWSInvalid, JWSSignatureVerificationFailed } from 'jose/errors';
import { compactVerify } from 'jose/jws/compact/verify';
import { importJWK, importSPKI, importX509 } from 'jose/key/import';
import { decodeToken } from './decodeToken.ts';
import { JwtKeyError } from './jwtErrors.ts';
import { MIN_HMAC_SECRET_BYTES, type SecretEncoding, secretToBytes } from './secretToBytes.ts';

/** The key the reader supplies. Nothing is ever fetched: `jku`/`x5u` URLs in a token are not followed. */
export type VerificationKey =
  | { readonly kind: 'secret'; readonly value: string; readonly encoding: SecretEncoding }
  /** An SPKI public key (`BEGIN PUBLIC KEY`) or an X.509 certificate (`BEGIN CERTIFICATE`). */
  | { readonly kind: 'pem'; readonly pem: string }
  /** JSON text of one JWK, or of a JWKS (`{ "keys": [...] }`) from which the token's `kid` picks. */
  | { readonly kind: 'jwk'; readonly json: string };

/** Why a signature does not verify. */
export const VERIFY_FAILURE_REASONS = [
  'alg_none',
  'unsupported_algorithm',
  'key_type_mismatch',
  'rsa_key_too_small',
  'signature_mismatch',
  'invalid_jws',
  'encrypted_token',
] as const;
export type VerifyFailureReason = (typeof VERIFY_FAILURE_REASONS)[number];

/**
 * `weak_secret`: the HMAC secret is shorter than the hash output (RFC 7518 §3.2).
 * `embedded_key_ignored`: the header carries its own key (`jwk`, `x5c`, `jku`, `x5u`): proves nothing, and was not used.
 */
export const VERIFY_WARNINGS = ['weak_secret', 'embedded_key_ignored'] as const;
export type VerifyWarning = (typeof VERIFY_WARNINGS)[number];

export interface VerifyResult {
  readonly valid: boolean;
  readonly alg: string | null;
  readonly reason?: VerifyFailureReason;
  readonly warnings: VerifyWarning[];
  /** Facts behind the reason and warnings: `kid` of the key used, `embeddedKeyParams`, `secretBytes`/`minSecretBytes`, `keyAlg`. */
  readonly details: Record<string, string | number>;
}

const SUPPORTED_ALGS = new Set([
  'HS256',
  'HS384',
  'HS512',
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
  'Ed25519',
]);
const EMBEDDED_KEY_PARAMS = ['jwk', 'x5c', 'jku', 'x5u'];
/** One algorithm per key type, to tell "wrong kind of key" from "not a key at all". */
const PROBE_ALGS = ['RS256', 'ES256', 'ES384', 'ES512', 'EdDSA'];
const MIN_RSA_BITS = 2048;
/** ECDSA algorithms fix their curve (RFC 7518 §3.4). */
const EC_CURVES: Readonly<Record<string, string>> = { ES256: 'P-256', ES384: 'P-384', ES512: 'P-521' };

type ResolvedKey = { key: CryptoKey | Uint8Array; details: Record<string, string | number> };
type Outcome = Pick<VerifyResult, 'valid' | 'reason'> & {
  warnings?: VerifyWarning[];
  details?: Record<string, string | number>;
};

/**
 * Verifies a token's signature with a key the reader supplies — signature only: `exp`/`nbf` are
 * left to `explainClaims`, so a reader can see "signature valid, but expired". `alg: none` never
 * verifies, and a key carried in the token's own header is flagged and never used.
 *
 * @throws {JwtDecodeError} when the token cannot be decoded.
 * @throws {JwtKeyError} when the supplied key is unusable (bad PEM/JWK, unknown or ambiguous `kid`).
 * @example
 * const result = await verifyToken(token, { kind: 'secret', value: jwtSecret, encoding: 'utf8' });
 * result.valid;    // true
 * result.warnings; // ['weak_secret'] when the secret is shorter than 32 bytes for HS256
 */
export async function verifyToken(token: string, key: VerificationKey): Promise<VerifyResult> {
  const decoded = decodeToken(token);
  const alg = decoded.alg ?? null;
  if (decoded.kind === 'jwe') return { valid: false, alg, reason: 'encrypted_token', warnings: [], details: {} };

  const embedded = EMBEDDED_KEY_PARAMS.filter((param) => param in decoded.header);
  const outcome = await verifyWith(decoded.token, alg, decoded.kid, key);
  const warnings: VerifyWarning[] = [
    ...(embedded.length > 0 ? ['embedded_key_ignored' as const] : []),
    ...(outcome.warnings ?? []),
  ];
  return {
    valid: outcome.valid,
    alg,
    ...(outcome.reason && { reason: outcome.reason }),
    warnings,
    details: { ...(embedded.length > 0 && { embeddedKeyParams: embedded.join(', ') }), ...outcome.details },
  };
}

async function verifyWith(
  token: string,
  alg: string | null,
  kid: string | undefined,
  key: VerificationKey,
): Promise<Outcome> {
  if (alg?.toLowerCase() === 'none') return { valid: false, reason: 'alg_none' };
  if (alg === null || !SUPPORTED_ALGS.has(alg)) return { valid: false, reason: 'unsupported_algorithm' };

  const resolved = await resolveKey(key, alg, kid);
  if (!('key' in resolved)) return resolved;
  const { key: verificationKey, details } = resolved;
  const warnings: VerifyWarning[] = [];
  if (verificationKey instanceof Uint8Array) {
    const minSecretBytes = MIN_HMAC_SECRET_BYTES[alg] ?? 0;
    if (verificationKey.length < minSecretBytes) {
      warnings.push('weak_secret');
      Object.assign(details, { secretBytes: verificationKey.length, minSecretBytes });
    }
  } else {
    const bits = modulusBits(verificationKey);
    if (bits < MIN_RSA_BITS)
      return { valid: false, reason: 'rsa_key_too_small', details: { ...details, modulusBits: bits } };
  }

  try {
    await compactVerify(token, verificationKey, { algorithms: [alg] });
    return { valid: true, warnings, details };
  } catch (error) {
    return { valid: false, reason: failureReason(error), warnings, details };
  }
}

function failureReason(error: unknown): VerifyFailureReason {
  if (error instanceof JWSSignatureVerificationFailed) return 'signature_mismatch';
  if (error instanceof JOSEAlgNotAllowed || error instanceof JOSENotSupported) return 'unsupported_algorithm';
  if (error instanceof JWSInvalid) return 'invalid_jws';
  // jose throws a plain TypeError when a key cannot serve the token's algorithm (e.g. a P-384 key for ES256).
  if (error instanceof TypeError) return 'key_type_mismatch';
  throw error;
}

async function resolveKey(key: VerificationKey, alg: string, kid: string | undefined): Promise<ResolvedKey | Outcome> {
  const expectedKty = ktyFor(alg);
  if (key.kind === 'secret') {
    return expectedKty === 'oct' ? { key: secretToBytes(key), details: {} } : mismatch('secret');
  }
  // Never accept a public key for an HS* token: that is the classic algorithm-confusion forgery.
  if (key.kind === 'pem') return expectedKty === 'oct' ? mismatch('pem') : importPem(key.pem, alg);

  const jwk = selectJwk(parseJson(key.json), kid);
  if (jwk.kty !== 'oct' && 'd' in jwk) {
    throw new JwtKeyError('private_key_supplied', 'This JWK holds a private key; paste the public key only');
  }
  const details: Record<string, string | number> = typeof jwk.kid === 'string' ? { kid: jwk.kid } : {};
  if (jwk.kty !== expectedKty) return mismatch(jwk.kty ?? '', details);
  const expectedCurve = EC_CURVES[alg];
  if (expectedCurve && jwk.crv !== expectedCurve) return mismatch(jwk.crv ?? '', details);
  if (typeof jwk.alg === 'string' && jwk.alg !== alg) return mismatch(jwk.alg, details);
  try {
    return { key: await importJWK(jwk, alg), details };
  } catch {
    throw new JwtKeyError('invalid_jwk', 'The JWK could not be imported', details);
  }
}

/** The JWK key type each algorithm family signs with (RFC 7518 §3.1, RFC 8037). */
function ktyFor(alg: string): string {
  if (alg.startsWith('HS')) return 'oct';
  if (alg.startsWith('RS') || alg.startsWith('PS')) return 'RSA';
  if (alg.startsWith('ES')) return 'EC';
  return 'OKP';
}

function mismatch(keyAlg: string, details: Record<string, string | number> = {}): Outcome {
  return { valid: false, reason: 'key_type_mismatch', details: { ...details, keyAlg } };
}

function modulusBits(key: CryptoKey): number {
  const algorithm = key.algorithm as Partial<RsaHashedKeyAlgorithm>;
  return algorithm.modulusLength ?? Number.POSITIVE_INFINITY;
}

async function importPem(pem: string, alg: string): Promise<ResolvedKey | Outcome> {
  const label = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(pem)?.[1];
  if (label?.includes('PRIVATE KEY')) {
    throw new JwtKeyError('private_key_supplied', 'This PEM is a private key; paste the public key or certificate');
  }
  if (label !== 'PUBLIC KEY' && label !== 'CERTIFICATE') {
    throw new JwtKeyError('invalid_pem', 'Expected a "PUBLIC KEY" or "CERTIFICATE" PEM block', { label: label ?? '' });
  }
  const importer = label === 'CERTIFICATE' ? importX509 : importSPKI;
  const tryImport = (probeAlg: string) => importer(pem.trim(), probeAlg).catch(() => null);
  const key = await tryImport(alg);
  if (key) return { key, details: {} };
  // The PEM may be a perfectly good key of another type: say so instead of calling it broken.
  for (const probe of PROBE_ALGS) {
    if (probe !== alg && (await tryImport(probe))) return mismatch(probe);
  }
  throw new JwtKeyError('invalid_pem', 'The PEM block could not be read as a key', { label });
}

function parseJson(json: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new JwtKeyError('invalid_jwk', 'The key is not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new JwtKeyError('invalid_jwk', 'A JWK must be a JSON object');
  }
  return value as Record<string, unknown>;
}

function selectJwk(value: Record<string, unknown>, kid: string | undefined): JWK {
  if (!('keys' in value)) return asJwk(value);
  const { keys } = value;
  if (!Array.isArray(keys) || keys.length === 0) {
    throw new JwtKeyError('invalid_jwks', 'A JWKS needs a non-empty "keys" array');
  }
  const jwks = keys.map((k: unknown) => asJwk(k));
  const kids = jwks.map((k) => k.kid ?? '(none)').join(', ');
  if (kid !== undefined) {
    const match = jwks.find((k) => k.kid === kid);
    if (!match) throw new JwtKeyError('kid_not_found', `No key in the set has kid "${kid}"`, { kid, kids });
    return match;
  }
  const [only] = jwks;
  if (jwks.length === 1 && only) return only;
  throw new JwtKeyError('kid_ambiguous', 'The token has no kid and the set has several keys', { kids });
}

function asJwk(value: unknown): JWK {
  if (typeof value !== 'object' || value === null || typeof (value as JWK).kty !== 'string') {
    throw new JwtKeyError('invalid_jwk', 'A JWK must be an object with a "kty" member');
  }
  return value as JWK;
}
