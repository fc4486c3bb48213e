import { describe, expect, test } from 'vitest';
import { explainClaims } from './explainClaims.ts';

const NOW = 1_760_000_000;

test('default: every claim is explained in payload order with its kind and description key', () => {
  const explained = explainClaims(
    { sub: 'user_1', role: 'authenticated', email: 'ada@example.com', org_id: 'org_9', tenant: 'acme' },
    NOW,
  );
  expect(explained.map(({ claim, kind, descriptionKey }) => ({ claim, kind, descriptionKey }))).toEqual([
    { claim: 'sub', kind: 'registered', descriptionKey: 'jwt.claims.sub' },
    { claim: 'role', kind: 'insforge', descriptionKey: 'jwt.claims.role' },
    { claim: 'email', kind: 'common', descriptionKey: 'jwt.claims.email' },
    { claim: 'org_id', kind: 'common', descriptionKey: 'jwt.claims.org_id' },
    { claim: 'tenant', kind: 'custom', descriptionKey: 'jwt.claims.custom' },
  ]);
  expect(explained[0]?.value).toBe('user_1');
});

test('behavior: Auth0’s nested InsForge token is recognised as an InsForge claim', () => {
  const [explained] = explainClaims({ 'https://insforge.dev/insforge_token': 'eyJ…' }, NOW);
  expect(explained).toMatchObject({ kind: 'insforge', descriptionKey: 'jwt.claims.insforgeToken' });
});

test('behavior: claim names that exist on Object.prototype are plain custom claims', () => {
  const [explained] = explainClaims({ constructor: 'x' }, NOW);
  expect(explained).toMatchObject({ kind: 'custom', descriptionKey: 'jwt.claims.custom' });
});

describe('time claims on a frozen clock', () => {
  test.each([
    // Expired a minute ago.
    ['expired', { exp: NOW - 60 }, 'exp', -60, 'expired'],
    // The boundary counts as expired, as the backend counts it.
    ['expiring this second', { exp: NOW }, 'exp', 0, 'expired'],
    ['not yet valid', { nbf: NOW + 30 }, 'nbf', 30, 'not_yet_valid'],
    ['fine', { exp: NOW + 3600 }, 'exp', 3600, undefined],
    ['issued earlier', { iat: NOW - 10 }, 'iat', -10, undefined],
  ])('%s', (_label, payload, claim, relativeSeconds, flag) => {
    const [explained] = explainClaims(payload, NOW);
    expect(explained?.claim).toBe(claim);
    expect(explained?.time?.relativeSeconds).toBe(relativeSeconds);
    expect(explained?.flag).toBe(flag);
  });

  test('behavior: times carry their absolute ISO instant', () => {
    const [explained] = explainClaims({ exp: 1300819380 }, NOW);
    expect(explained?.time?.iso).toBe('2011-03-22T18:43:00.000Z');
  });

  test('behavior: no exp means no expiry flag at all', () => {
    const explained = explainClaims({ sub: 'user_1', iat: NOW }, NOW);
    expect(explained.some((c) => c.flag !== undefined)).toBe(false);
  });

  test('behavior: a non-numeric exp gets no time and no flag', () => {
    const [explained] = explainClaims({ exp: 'tomorrow' }, NOW);
    expect(explained).not.toHaveProperty('time');
    expect(explained).not.toHaveProperty('flag');
  });
});
