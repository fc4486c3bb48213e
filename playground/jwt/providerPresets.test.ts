import { describe, expect, test } from 'vitest';
import { getProvider, PROVIDER_IDS } from '../catalog/providers.ts';
import { checkInsforgeToken } from './checkInsforgeToken.ts';
import { decodeToken } from './decodeToken.ts';
import { AUTH0_INSFORGE_CLAIM, extractNestedInsforgeToken, PROVIDER_PRESETS } from './providerPresets.ts';
import { sampleProviderToken } from './sampleProviderToken.ts';

const SECRET = 'sandbox-jwt-secret-0123456789abcdef';
const NOW = 1_760_000_000;

function payloadOf(token: string) {
  const decoded = decodeToken(token);
  if (decoded.kind !== 'jws') throw new Error('expected a JWS');
  return decoded;
}

describe.each(PROVIDER_IDS)('%s', (id) => {
  const preset = PROVIDER_PRESETS[id];

  test('default: the guide’s InsForge token uses the catalog’s id format and lifetime', () => {
    const provider = getProvider(id);
    expect(preset.provider).toBe(id);
    expect(preset.insforge.sub).toMatch(provider.userId.pattern);
    expect(preset.insforge.expiresInSeconds).toBe(provider.tokenLifetimeSeconds);
    expect(preset.insforge).toMatchObject({ role: 'authenticated', aud: 'insforge-api' });
  });

  test('behavior: InsForge refuses the raw provider token on its algorithm, and accepts the minted one', async () => {
    const sample = await sampleProviderToken(id, { now: NOW, secret: { value: SECRET, encoding: 'utf8' } });
    const raw = await checkInsforgeToken(sample.rawToken, SECRET, { now: NOW });
    expect(raw.httpStatus).toBe(401);
    expect(raw.rules.find((r) => r.rule === 'algorithm')?.messageKey).toBe('jwt.insforge.algorithm.asymmetric');

    const minted = await checkInsforgeToken(sample.insforgeToken, SECRET, { now: NOW });
    expect(minted).toMatchObject({ accepted: true, requestingUserId: preset.insforge.sub });
  });

  test('behavior: the raw token is fresh at now and identifies the same user', async () => {
    const sample = await sampleProviderToken(id, { now: NOW, secret: { value: SECRET, encoding: 'utf8' } });
    const raw = payloadOf(sample.rawToken);
    expect(raw.payload).toMatchObject({ sub: preset.insforge.sub, iat: NOW });
    expect(raw.alg).toBe(preset.raw.header.alg);
    expect(Number(raw.payload.exp)).toBeGreaterThan(NOW);
  });

  test('behavior: every problem has a fix, both as i18n keys', () => {
    expect(preset.problems.length).toBeGreaterThan(0);
    for (const { problemKey, fixKey } of preset.problems) {
      expect(problemKey).toMatch(/^jwt\.presets\.\w+\.\w+\.problem$/);
      expect(fixKey).toBe(problemKey.replace(/problem$/, 'fix'));
    }
  });
});

test.each([
  // Guides that put the user's email in the InsForge token.
  ['auth0', true],
  ['kinde', true],
  // Better Auth's bridge keeps personal data out.
  ['better-auth', false],
  ['clerk', false],
] as const)('behavior: %s’s InsForge token carries email: %s', (id, hasEmail) => {
  expect(PROVIDER_PRESETS[id].insforge.email !== undefined).toBe(hasEmail);
});

test('behavior: Clerk’s 60 s token gets the realtime lifetime warning', async () => {
  const sample = await sampleProviderToken('clerk', { now: NOW, secret: { value: SECRET, encoding: 'utf8' } });
  const verdict = await checkInsforgeToken(sample.insforgeToken, SECRET, { now: NOW });
  expect(verdict.rules.find((r) => r.rule === 'lifetime')?.status).toBe('warn');
});

test('behavior: WorkOS’s own token would also fail on its "member" role', async () => {
  const sample = await sampleProviderToken('workos', { now: NOW, secret: { value: SECRET, encoding: 'utf8' } });
  const verdict = await checkInsforgeToken(sample.rawToken, SECRET, { now: NOW });
  expect(verdict.rules.find((r) => r.rule === 'role')).toMatchObject({ status: 'fail', details: { role: 'member' } });
});

describe('extractNestedInsforgeToken', () => {
  test('default: finds the InsForge token inside Auth0’s ID token, and it decodes', async () => {
    const sample = await sampleProviderToken('auth0', { now: NOW, secret: { value: SECRET, encoding: 'utf8' } });
    const nested = extractNestedInsforgeToken(payloadOf(sample.rawToken).payload);
    expect(nested).toEqual({ claim: AUTH0_INSFORGE_CLAIM, token: sample.insforgeToken });
    expect(payloadOf(nested?.token ?? '').payload).toMatchObject({
      sub: 'auth0|64a7f1c2e4b0d9a1b2c3d4e5',
      email: 'ada@example.com',
    });
  });

  test.each([
    // A reader's own namespace.
    [
      'https://myapp.example/insforge_token',
      'a.b.c',
      { claim: 'https://myapp.example/insforge_token', token: 'a.b.c' },
    ],
    ['insforge_token', 'a.b.c', { claim: 'insforge_token', token: 'a.b.c' }],
    // Not a compact token.
    [AUTH0_INSFORGE_CLAIM, 'not a token', null],
    [AUTH0_INSFORGE_CLAIM, 42, null],
    // A look-alike name is not enough.
    ['my_insforge_token_id', 'a.b.c', null],
  ])('%s = %j', (claim, value, expected) => {
    expect(extractNestedInsforgeToken({ sub: 'x', [claim]: value })).toEqual(expected);
  });

  test('behavior: a token without a nested claim yields null', () => {
    expect(extractNestedInsforgeToken({ sub: 'user_1' })).toBeNull();
  });
});
