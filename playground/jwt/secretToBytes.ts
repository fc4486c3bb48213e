import { decode as decodeBase64url } from 'jose/base64url';
import { JwtKeyError } from './jwtErrors.ts';

/** How the reader typed an HMAC secret: as text (how InsForge uses `JWT_SECRET`) or as base64url bytes (a JWK `k`). */
export type SecretEncoding = 'utf8' | 'base64url';

export interface SecretInput {
  readonly value: string;
  readonly encoding: SecretEncoding;
}

/** RFC 7518 §3.2: an HMAC key must be at least as long as the hash output. */
export const MIN_HMAC_SECRET_BYTES: Readonly<Record<string, number>> = { HS256: 32, HS384: 48, HS512: 64 };

/**
 * Turns a secret as typed into the bytes an HMAC is keyed with. Base64url input may also use the
 * plain base64 alphabet and padding, since readers paste both.
 *
 * @throws {JwtKeyError} `empty_secret`, or `invalid_secret_encoding` with the offending `position`.
 * @example
 * secretToBytes({ value: 'my-jwt-secret', encoding: 'utf8' }).length; // 13
 * secretToBytes({ value: 'AQID', encoding: 'base64url' });             // Uint8Array [1, 2, 3]
 */
export function secretToBytes(secret: SecretInput): Uint8Array {
  if (secret.value === '') throw new JwtKeyError('empty_secret', 'The secret is empty');
  if (secret.encoding === 'utf8') return new TextEncoder().encode(secret.value);

  const text = secret.value.trim().replace(/=+$/, '').replaceAll('+', '-').replaceAll('/', '_');
  const position = text.search(/[^A-Za-z0-9_-]/);
  if (position !== -1 || text.length % 4 === 1) {
    throw new JwtKeyError('invalid_secret_encoding', 'The secret is not valid base64url', {
      position: position === -1 ? text.length - 1 : position,
    });
  }
  if (text === '') throw new JwtKeyError('empty_secret', 'The secret is empty');
  return decodeBase64url(text);
}
