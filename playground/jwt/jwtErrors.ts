import { PlaygroundError } from '../errors.ts';

/** Codes thrown while splitting and parsing a pasted token. `details.segment` names the part at fault. */
export const JWT_DECODE_ERROR_CODES = [
  'empty',
  'wrong_segment_count',
  'invalid_base64url',
  'invalid_utf8',
  'invalid_json',
  'not_an_object',
] as const;
export type JwtDecodeErrorCode = (typeof JWT_DECODE_ERROR_CODES)[number];

/** A pasted token could not be decoded. */
export class JwtDecodeError extends PlaygroundError<JwtDecodeErrorCode> {}

/** Codes thrown when a secret or key the reader supplied cannot be used. */
export const JWT_KEY_ERROR_CODES = [
  'empty_secret',
  'invalid_secret_encoding',
  'invalid_pem',
  'private_key_supplied',
  'invalid_jwk',
  'invalid_jwks',
  'kid_not_found',
  'kid_ambiguous',
] as const;
export type JwtKeyErrorCode = (typeof JWT_KEY_ERROR_CODES)[number];

/** A secret, PEM, JWK or JWKS the reader supplied is unusable as given. */
export class JwtKeyError extends PlaygroundError<JwtKeyErrorCode> {}

/** Codes thrown when the mint form holds values no token should be signed with. */
export const JWT_MINT_ERROR_CODES = ['empty_sub', 'empty_role', 'invalid_lifetime', 'reserved_claim'] as const;
export type JwtMintErrorCode = (typeof JWT_MINT_ERROR_CODES)[number];

/** The options given to `mintToken` cannot produce a token. */
export class JwtMintError extends PlaygroundError<JwtMintErrorCode> {}

/** Every code the JWT tools throw; the UI shows each as `errors.<code>`. */
export const JWT_ERROR_CODES = [...JWT_DECODE_ERROR_CODES, ...JWT_KEY_ERROR_CODES, ...JWT_MINT_ERROR_CODES] as const;
