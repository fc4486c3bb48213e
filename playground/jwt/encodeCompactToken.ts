import { encode as encodeBase64url } from 'jose/base64url';

/**
 * Serialises a header, payload and signature bytes as a compact JWS without signing anything:
 * for sample tokens that are shown and decoded, never verified.
 *
 * @example
 * encodeCompactToken({ alg: 'RS256' }, { sub: 'user_1' }, new Uint8Array(256));
 * // 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyXzEifQ.AAAA…'
 */
export function encodeCompactToken(header: object, payload: object, signature: Uint8Array): string {
  return [
    encodeBase64url(JSON.stringify(header)),
    encodeBase64url(JSON.stringify(payload)),
    encodeBase64url(signature),
  ].join('.');
}
