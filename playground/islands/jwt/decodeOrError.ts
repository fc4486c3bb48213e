import { type DecodedToken, decodeToken } from '../../jwt/decodeToken.ts';

/** The token field, decoded: `null` while it is empty, otherwise the token or why it does not decode. */
export type Decoded = { ok: true; value: DecodedToken } | { ok: false; error: unknown } | null;

/** Decodes the token field without throwing, so every panel can show what went wrong. */
export function decodeOrError(token: string): Decoded {
  if (token.trim() === '') return null;
  try {
    return { ok: true, value: decodeToken(token) };
  } catch (error) {
    return { ok: false, error };
  }
}
