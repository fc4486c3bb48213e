import { CompactSign } from 'jose/jws/compact/sign';

/**
 * Signs any header and payload with a UTF-8 HMAC secret — including shapes `mintToken` refuses to
 * produce (no `sub`, a foreign role) — so tests can hand the checkers exactly the token they need.
 * Test helper only.
 *
 * @example
 * const token = await signTestToken({ sub: 'user_1' }, 'secret', { alg: 'HS256' });
 */
export async function signTestToken(
  payload: Record<string, unknown>,
  secret: string,
  header: Record<string, unknown> = { alg: 'HS256', typ: 'JWT' },
): Promise<string> {
  const alg = typeof header.alg === 'string' ? header.alg : 'HS256';
  const bytes = new TextEncoder().encode(JSON.stringify(payload));
  return new CompactSign(bytes).setProtectedHeader({ ...header, alg }).sign(new TextEncoder().encode(secret));
}
