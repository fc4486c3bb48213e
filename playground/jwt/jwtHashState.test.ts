import { describe, expect, test } from 'vitest';
import { PROVIDER_IDS } from '../catalog/providers.ts';
import { parseSharedHash } from '../limits/parseSharedHash.ts';
import { defaultJwtHashState, type JwtHashState, parseJwtHashState, serializeJwtHashState } from './jwtHashState.ts';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyXzEifQ.c2lnbmF0dXJl';
const SHARED: JwtHashState = {
  provider: 'auth0',
  mode: 'mint',
  role: 'authenticated',
  aud: 'insforge-api',
  exp: 3600,
  sub: 'auth0|64a7f1c2e4b0d9a1b2c3d4e5',
  email: 'ada+docs@example.com',
};

test('default: an empty hash opens the Clerk playground with the guide’s values', () => {
  expect(parseJwtHashState('')).toEqual({
    provider: 'clerk',
    mode: 'decode',
    role: 'authenticated',
    aud: 'insforge-api',
    exp: 60,
    sub: 'user_2xPnG8KxVQr',
    email: '',
  });
});

test('default: the documented hash shape', () => {
  expect(serializeJwtHashState(SHARED)).toBe(
    '#provider=auth0&mode=mint&role=authenticated&aud=insforge-api&exp=3600&sub=auth0%7C64a7f1c2e4b0d9a1b2c3d4e5&email=ada%2Bdocs%40example.com',
  );
});

test.each(PROVIDER_IDS)('behavior: %s state survives a round trip through the URL', (provider) => {
  const state = { ...defaultJwtHashState(provider), mode: 'check' as const, email: 'ada@example.com' };
  expect(parseJwtHashState(serializeJwtHashState(state))).toEqual(state);
});

test('behavior: an empty aud is kept, so "no aud" can be shared', () => {
  expect(parseJwtHashState(serializeJwtHashState({ ...SHARED, aud: '' })).aud).toBe('');
});

test('behavior: the hash may come with or without its leading #', () => {
  expect(parseJwtHashState('provider=kinde&mode=verify')).toMatchObject({ provider: 'kinde', mode: 'verify' });
});

describe('garbage falls back to defaults, field by field', () => {
  test.each([
    // Unknown provider → Clerk, and Clerk's defaults for the dependent fields.
    ['provider=okta', { provider: 'clerk', sub: 'user_2xPnG8KxVQr', exp: 60 }],
    ['mode=admin', { mode: 'decode' }],
    // Roles are SQL-identifier-like; anything else is noise.
    ['role=%3Cscript%3E', { role: 'authenticated' }],
    ['exp=banana', { exp: 60 }],
    ['exp=-5', { exp: 60 }],
    ['exp=0', { exp: 60 }],
    ['exp=1e9', { exp: 60 }],
    ['exp=999999999', { exp: 60 }],
    ['sub=', { sub: 'user_2xPnG8KxVQr' }],
    ['sub=a%0Ab', { sub: 'user_2xPnG8KxVQr' }],
    [`sub=${'x'.repeat(300)}`, { sub: 'user_2xPnG8KxVQr' }],
    ['email=not-an-email', { email: '' }],
    ['aud=a%00b', { aud: 'insforge-api' }],
    // Malformed percent-encoding and stray separators are tolerated.
    ['%%%&&==&provider', { provider: 'clerk', mode: 'decode' }],
  ])('%s', (hash, expected) => {
    expect(parseJwtHashState(`#${hash}`)).toMatchObject(expected);
  });

  test('behavior: a token field that is not a token is dropped', () => {
    expect(parseJwtHashState('#token=%3Cimg%20src%3Dx%3E')).not.toHaveProperty('token');
  });

  test('behavior: a bad field does not spoil the good ones next to it', () => {
    expect(parseJwtHashState('#provider=stytch&exp=banana&role=anon')).toMatchObject({
      provider: 'stytch',
      exp: 3600,
      role: 'anon',
      sub: 'user-test-16d9ba61-97a1-4ba4-9720-b03761dc50c6',
    });
  });
});

describe('secrets and tokens', () => {
  test('behavior: the token is written only when explicitly requested', () => {
    const state = { ...SHARED, token: TOKEN };
    expect(serializeJwtHashState(state)).not.toContain('token');
    expect(serializeJwtHashState(state, { includeToken: false })).not.toContain(TOKEN);
    const shared = serializeJwtHashState(state, { includeToken: true });
    expect(parseJwtHashState(shared).token).toBe(TOKEN);
  });

  test('behavior: a secret smuggled onto the state object never reaches the hash', () => {
    const leaky = { ...SHARED, token: TOKEN, secret: 'hunter2-project-jwt-secret', privateKey: 'pem' };
    for (const includeToken of [false, true]) {
      const hash = serializeJwtHashState(leaky as JwtHashState, { includeToken });
      expect(hash).not.toContain('hunter2');
      expect(hash).not.toContain('secret');
      expect(hash).not.toContain('privateKey');
    }
  });

  test('behavior: a secret field in an incoming hash is ignored', () => {
    expect(parseJwtHashState('#secret=hunter2&provider=kinde')).not.toHaveProperty('secret');
  });
});

describe('limits', () => {
  const b64 = (text: string) => Buffer.from(text).toString('base64url');
  const deepToken = `${b64('{"alg":"HS256"}')}.${b64(`{"sub":"x","a":${'['.repeat(5_000)}${']'.repeat(5_000)}}`)}.c2ln`;

  test('error: a shared token nested 5,000 levels deep throws json_too_deep, for the island to explain', () => {
    expect(() => parseJwtHashState(`#provider=auth0&token=${deepToken}`)).toThrow(
      expect.objectContaining({ code: 'json_too_deep' }),
    );
  });

  test('behavior: through parseSharedHash, that link opens the default state and says why', () => {
    const { state, refused } = parseSharedHash(`#provider=auth0&token=${deepToken}`, parseJwtHashState);
    expect(state).toEqual(defaultJwtHashState());
    expect(refused?.code).toBe('json_too_deep');
  });

  test('behavior: a shared token that merely fails to decode still opens, so the field can say why', () => {
    const undecodable = `${b64('{"alg":"HS256"}')}.${b64('not json')}.c2ln`;
    expect(parseJwtHashState(`#token=${undecodable}`).token).toBe(undecodable);
  });
});
