import { describe, expect, test } from 'vitest';
import { checkInsforgeToken } from './checkInsforgeToken.ts';
import { decodeToken } from './decodeToken.ts';
import { JwtKeyError, JwtMintError } from './jwtErrors.ts';
import { type MintOptions, mintToken } from './mintToken.ts';

const SECRET = 'sandbox-jwt-secret-0123456789abcdef';
const NOW = 1_760_000_000;
const OPTIONS: MintOptions = {
  sub: 'user_2xPnG8KxVQr',
  role: 'authenticated',
  aud: 'insforge-api',
  email: 'ada@example.com',
  expiresInSeconds: 3600,
  provider: 'clerk',
};
const utf8 = (value: string) => ({ value, encoding: 'utf8' }) as const;

async function hmacSha256Base64url(secret: string, data: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  return Buffer.from(await crypto.subtle.sign('HMAC', key, encoder.encode(data))).toString('base64url');
}

test('default: the minted token carries the form’s claims, iat from now, and no warnings', async () => {
  const minted = await mintToken(OPTIONS, utf8(SECRET), { now: NOW });
  expect(minted.warnings).toEqual([]);
  expect(minted.header).toEqual({ alg: 'HS256', typ: 'JWT' });
  const decoded = decodeToken(minted.token);
  expect(decoded.kind === 'jws' && decoded.payload).toEqual({
    sub: 'user_2xPnG8KxVQr',
    role: 'authenticated',
    aud: 'insforge-api',
    email: 'ada@example.com',
    iat: NOW,
    exp: NOW + 3600,
  });
});

test('behavior: the signature is HMAC-SHA256 over header.payload with the UTF-8 secret', async () => {
  const { token } = await mintToken(OPTIONS, utf8(SECRET), { now: NOW });
  const [header, payload, signature] = token.split('.');
  expect(signature).toBe(await hmacSha256Base64url(SECRET, `${header}.${payload}`));
});

test('behavior: checkInsforgeToken accepts what mintToken signs', async () => {
  const { token } = await mintToken(OPTIONS, utf8(SECRET), { now: NOW });
  const verdict = await checkInsforgeToken(token, SECRET, { now: NOW + 60 });
  expect(verdict).toMatchObject({ accepted: true, httpStatus: 200, requestingUserId: 'user_2xPnG8KxVQr' });
  expect(verdict.claims).toEqual({ sub: 'user_2xPnG8KxVQr', email: 'ada@example.com', role: 'authenticated' });
  expect(verdict.rules.filter((r) => r.status !== 'pass')).toEqual([]);
});

test('error: minted with another secret, the signature rule fails', async () => {
  const { token } = await mintToken(OPTIONS, utf8('a-different-secret-0123456789abcd'), { now: NOW });
  const verdict = await checkInsforgeToken(token, SECRET, { now: NOW });
  expect(verdict.httpStatus).toBe(401);
  expect(verdict.rules.find((r) => r.rule === 'signature')?.messageKey).toBe('jwt.insforge.signature.mismatch');
});

test('behavior: a base64url secret signs with its decoded bytes', async () => {
  const base64url = Buffer.from(SECRET).toString('base64url');
  const fromText = await mintToken(OPTIONS, utf8(SECRET), { now: NOW });
  const fromBytes = await mintToken(OPTIONS, { value: base64url, encoding: 'base64url' }, { now: NOW });
  expect(fromBytes.token).toBe(fromText.token);
});

test('behavior: aud and email are left out when not given', async () => {
  const { claims } = await mintToken(
    { sub: 'kp_1234abcd', role: 'authenticated', expiresInSeconds: 60 },
    utf8(SECRET),
    {
      now: NOW,
    },
  );
  expect(Object.keys(claims)).toEqual(['sub', 'role', 'iat', 'exp']);
});

describe('warnings', () => {
  test.each([
    // A Kinde id in the Clerk preset.
    ['sub_format_mismatch', { sub: 'kp_1234abcd' }, { provider: 'clerk' }],
    // Supabase's admin role does not exist here: 403.
    ['unknown_role', { role: 'service_role' }, {}],
    ['project_admin_role', { role: 'project_admin' }, {}],
    // Clerk's 60 s template default.
    ['short_lifetime', { expiresInSeconds: 60 }, {}],
    [
      'custom_claims_dropped',
      { extraClaims: { org_id: 'org_1', iss: 'https://clerk.dev' } },
      { droppedClaims: 'org_id' },
    ],
  ])('%s', async (warning, overrides, details) => {
    const minted = await mintToken({ ...OPTIONS, ...overrides }, utf8(SECRET), { now: NOW });
    expect(minted.warnings).toEqual([warning]);
    expect(minted.details).toMatchObject(details);
  });

  test('weak_secret', async () => {
    const minted = await mintToken(OPTIONS, utf8('short'), { now: NOW });
    expect(minted).toMatchObject({ warnings: ['weak_secret'], details: { secretBytes: 5, minSecretBytes: 32 } });
  });

  test('behavior: without a provider, any sub shape is fine', async () => {
    const { provider: _none, ...anyProvider } = OPTIONS;
    const minted = await mintToken({ ...anyProvider, sub: 'whatever-id' }, utf8(SECRET), { now: NOW });
    expect(minted.warnings).toEqual([]);
  });
});

describe('input errors', () => {
  test.each([
    ['empty_sub', { sub: '  ' }, { field: 'sub' }],
    ['empty_role', { role: '' }, { field: 'role' }],
    ['invalid_lifetime', { expiresInSeconds: 0 }, { field: 'expiresInSeconds' }],
    ['invalid_lifetime', { expiresInSeconds: 1.5 }, { field: 'expiresInSeconds' }],
    ['invalid_lifetime', { expiresInSeconds: 400_000_000 }, { max: 315_360_000 }],
    // `exp` comes from the lifetime field, never from extra claims.
    ['reserved_claim', { extraClaims: { exp: 1 } }, { claim: 'exp' }],
  ])('error: %s', async (code, overrides, details) => {
    const error = await mintToken({ ...OPTIONS, ...overrides }, utf8(SECRET), { now: NOW }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JwtMintError);
    expect(error).toMatchObject({ code, details });
  });

  test('error: an empty secret', async () => {
    const error = await mintToken(OPTIONS, utf8(''), { now: NOW }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JwtKeyError);
    expect(error).toMatchObject({ code: 'empty_secret' });
  });
});
