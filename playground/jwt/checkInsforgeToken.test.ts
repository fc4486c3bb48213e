import { describe, expect, test } from 'vitest';
import { signTestToken } from '../../tests/fixtures/signTestToken.ts';
import {
  checkInsforgeSignature,
  checkInsforgeToken,
  type InsforgeRule,
  insforgeVerdictAt,
  type RuleResult,
} from './checkInsforgeToken.ts';
import { encodeCompactToken } from './encodeCompactToken.ts';

const SECRET = 'sandbox-jwt-secret-0123456789abcdef';
const NOW = 1_760_000_000;
const SUB = 'user_2xPnG8KxVQr';

/** A token the guides would mint: HS256, `sub`, `role`, `aud`, one hour of life. */
function claims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { sub: SUB, role: 'authenticated', aud: 'insforge-api', iat: NOW - 10, exp: NOW + 3590, ...overrides };
}

function without(name: string): Record<string, unknown> {
  const { [name]: _dropped, ...rest } = claims();
  return rest;
}

function ruleOf(rules: RuleResult[], rule: InsforgeRule): RuleResult {
  const found = rules.find((r) => r.rule === rule);
  if (!found) throw new Error(`rule ${rule} missing`);
  return found;
}

async function check(payload: Record<string, unknown>, header?: Record<string, unknown>) {
  return checkInsforgeToken(await signTestToken(payload, SECRET, header), SECRET, { now: NOW });
}

test('default: a guide-shaped token is accepted as the authenticated user', async () => {
  const verdict = await check(claims({ email: 'ada@example.com' }));
  expect(verdict).toMatchObject({
    accepted: true,
    httpStatus: 200,
    dbRole: 'authenticated',
    requestingUserId: SUB,
  });
  expect(verdict.claims).toEqual({ role: 'authenticated', email: 'ada@example.com', sub: SUB });
  expect(verdict.rules.map((r) => r.rule)).toEqual([
    'algorithm',
    'signature',
    'subject',
    'role',
    'expiry',
    'audience',
    'custom_claims',
    'lifetime',
  ]);
  expect(verdict.rules.every((r) => r.status === 'pass')).toBe(true);
});

test('behavior: a Uint8Array secret is used as raw bytes', async () => {
  const token = await signTestToken(claims(), SECRET);
  const verdict = await checkInsforgeToken(token, new TextEncoder().encode(SECRET), { now: NOW });
  expect(ruleOf(verdict.rules, 'signature').status).toBe('pass');
});

describe('algorithm and signature', () => {
  test('error: an RS256 provider token is refused, with the re-signing fix, signature never checked', async () => {
    const token = encodeCompactToken({ alg: 'RS256', kid: 'ins_abc' }, claims(), new Uint8Array(256));
    const verdict = await checkInsforgeToken(token, SECRET, { now: NOW });
    expect(verdict).toMatchObject({ accepted: false, httpStatus: 401, claims: null, requestingUserId: null });
    expect(ruleOf(verdict.rules, 'algorithm')).toMatchObject({
      status: 'fail',
      messageKey: 'jwt.insforge.algorithm.asymmetric',
      details: { alg: 'RS256' },
    });
    expect(ruleOf(verdict.rules, 'signature').messageKey).toBe('jwt.insforge.signature.notChecked');
  });

  test.each([
    // Same family, wrong hash: the backend pins HS256.
    ['HS512', 'jwt.insforge.algorithm.otherHmac'],
    // Unsecured tokens are never accepted.
    ['none', 'jwt.insforge.algorithm.none'],
  ])('error: alg %s is refused', async (alg, messageKey) => {
    const token = encodeCompactToken({ alg }, claims(), new Uint8Array(alg === 'none' ? 0 : 64));
    const verdict = await checkInsforgeToken(token, SECRET, { now: NOW });
    expect(verdict.httpStatus).toBe(401);
    expect(ruleOf(verdict.rules, 'algorithm').messageKey).toBe(messageKey);
  });

  test('error: a token signed with another secret fails the signature rule', async () => {
    const token = await signTestToken(claims(), 'someone-elses-secret-0123456789ab');
    const verdict = await checkInsforgeToken(token, SECRET, { now: NOW });
    expect(verdict.httpStatus).toBe(401);
    expect(ruleOf(verdict.rules, 'signature')).toMatchObject({
      status: 'fail',
      messageKey: 'jwt.insforge.signature.mismatch',
    });
  });

  test('error: an empty secret cannot verify anything', async () => {
    const token = await signTestToken(claims(), SECRET);
    const verdict = await checkInsforgeToken(token, '', { now: NOW });
    expect(ruleOf(verdict.rules, 'signature').messageKey).toBe('jwt.insforge.signature.noSecret');
  });

  test.each([
    // No dot at all: the decode error's message says how many parts it found.
    ['not-a-token', { code: 'wrong_segment_count', segment: 'token', count: 1 }],
    // A character outside base64url: its message quotes the character.
    [
      'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln!',
      { code: 'invalid_base64url', segment: 'signature', position: 4, character: '!' },
    ],
  ])('error: garbage (%s) yields a 401 verdict naming the decode error and its details', async (token, details) => {
    const verdict = await checkInsforgeToken(token, SECRET, { now: NOW });
    expect(verdict).toMatchObject({ accepted: false, httpStatus: 401 });
    expect(verdict.rules).toEqual([
      { rule: 'signature', status: 'fail', messageKey: 'jwt.insforge.signature.malformed', details },
    ]);
  });

  test('error: an encrypted (JWE) token is refused', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'dir', enc: 'A256GCM' })).toString('base64url');
    const verdict = await checkInsforgeToken(`${header}..aXY.Y2lwaGVy.dGFn`, SECRET, { now: NOW });
    expect(verdict.httpStatus).toBe(401);
    expect(verdict.rules[0]).toMatchObject({ rule: 'algorithm', messageKey: 'jwt.insforge.algorithm.encrypted' });
  });
});

describe('subject', () => {
  test.each([
    // The Stytch sample's mistake: the id travels as `userId`, not `sub`.
    ['missing', without('sub'), 'jwt.insforge.subject.missing'],
    ['empty', claims({ sub: '' }), 'jwt.insforge.subject.empty'],
    ['a number', claims({ sub: 42 }), 'jwt.insforge.subject.notString'],
  ])('error: sub %s → 401 "Invalid token subject"', async (_label, payload, messageKey) => {
    const verdict = await check(payload);
    expect(verdict).toMatchObject({ accepted: false, httpStatus: 401, requestingUserId: null });
    expect(ruleOf(verdict.rules, 'subject')).toMatchObject({ status: 'fail', messageKey });
  });
});

describe('role', () => {
  test('behavior: no role defaults to authenticated', async () => {
    const verdict = await check(without('role'));
    expect(verdict).toMatchObject({ accepted: true, dbRole: 'authenticated', requestingUserId: SUB });
    expect(verdict.claims).toEqual({ sub: SUB, role: 'authenticated' });
    expect(ruleOf(verdict.rules, 'role').messageKey).toBe('jwt.insforge.role.defaulted');
  });

  test('behavior: anon takes the anon path with a subject-less claims object', async () => {
    const verdict = await check(claims({ role: 'anon', email: 'ada@example.com' }));
    expect(verdict).toMatchObject({ accepted: true, httpStatus: 200, dbRole: 'anon', requestingUserId: null });
    expect(verdict.claims).toEqual({ role: 'anon' });
  });

  test('behavior: project_admin is accepted with a loud warning that RLS is bypassed', async () => {
    const verdict = await check(claims({ role: 'project_admin', email: 'ada@example.com' }));
    // The backend swaps in a bare admin token: the caller's sub and email never reach Postgres.
    expect(verdict).toMatchObject({ accepted: true, dbRole: 'project_admin', requestingUserId: null });
    expect(verdict.claims).toEqual({ role: 'project_admin' });
    expect(ruleOf(verdict.rules, 'role')).toMatchObject({
      status: 'warn',
      messageKey: 'jwt.insforge.role.projectAdmin',
    });
  });

  test.each([
    // Supabase's name for the admin role does not exist in InsForge.
    ['service_role'],
    // WorkOS puts the organisation role in `role`.
    ['member'],
  ])('error: role %s → 403 "Invalid user role claim"', async (role) => {
    const verdict = await check(claims({ role }));
    expect(verdict).toMatchObject({ accepted: false, httpStatus: 403, dbRole: null, claims: null });
    expect(ruleOf(verdict.rules, 'role')).toMatchObject({ status: 'fail', details: { role } });
  });

  test('behavior: a bad token outranks a bad role (401, not 403)', async () => {
    const verdict = await check(claims({ role: 'service_role', exp: NOW - 1 }));
    expect(verdict.httpStatus).toBe(401);
  });
});

describe('expiry (frozen clock)', () => {
  test.each([
    // Expires exactly now: jsonwebtoken already refuses it.
    ['expired at now', claims({ exp: NOW }), 'fail', 'jwt.insforge.expiry.expired', { secondsAgo: 0 }],
    [
      'expired an hour ago',
      claims({ iat: NOW - 7200, exp: NOW - 3600 }),
      'fail',
      'jwt.insforge.expiry.expired',
      { secondsAgo: 3600 },
    ],
    ['not yet valid', claims({ nbf: NOW + 30 }), 'fail', 'jwt.insforge.expiry.notYetValid', { secondsUntilValid: 30 }],
    ['fine', claims(), 'pass', 'jwt.insforge.expiry.valid', { secondsLeft: 3590 }],
    ['no exp', without('exp'), 'warn', 'jwt.insforge.expiry.missing', undefined],
    ['exp as a string', claims({ exp: '2030-01-01' }), 'fail', 'jwt.insforge.expiry.invalidClaim', { claim: 'exp' }],
  ])('%s', async (_label, payload, status, messageKey, details) => {
    const verdict = await check(payload);
    const rule = ruleOf(verdict.rules, 'expiry');
    expect(rule).toMatchObject({ status, messageKey });
    if (details) expect(rule.details).toMatchObject(details);
    expect(verdict.httpStatus).toBe(status === 'fail' ? 401 : 200);
  });

  test('behavior: an expired token still gets every rule, and the signature still reads as valid', async () => {
    const verdict = await check(claims({ exp: NOW - 5, custom: 1 }));
    expect(verdict.rules).toHaveLength(8);
    expect(ruleOf(verdict.rules, 'signature').status).toBe('pass');
    expect(ruleOf(verdict.rules, 'custom_claims').status).toBe('warn');
  });

  test('behavior: one signature check follows the clock: valid, counting down, then refused at exp', async () => {
    const token = await signTestToken(claims({ exp: NOW + 2 }), SECRET);
    const checked = await checkInsforgeSignature(token, SECRET);
    const at = (now: number) => insforgeVerdictAt(checked, now);
    expect(ruleOf(at(NOW).rules, 'expiry').details).toMatchObject({ secondsLeft: 2 });
    expect(ruleOf(at(NOW + 1).rules, 'expiry').details).toMatchObject({ secondsLeft: 1 });
    expect(at(NOW + 1).httpStatus).toBe(200);
    expect(at(NOW + 2)).toMatchObject({ accepted: false, httpStatus: 401 });
    expect(ruleOf(at(NOW + 2).rules, 'signature').status).toBe('pass');
    // The same verdict as checking the whole token at that time.
    expect(at(NOW + 2)).toEqual(await checkInsforgeToken(token, SECRET, { now: NOW + 2 }));
  });
});

describe('audience', () => {
  test.each([
    ['missing', without('aud'), 'warn', 'jwt.insforge.audience.missing'],
    ['another audience', claims({ aud: 'https://api.example.com' }), 'warn', 'jwt.insforge.audience.unconventional'],
    ['in an array', claims({ aud: ['insforge-api', 'other'] }), 'pass', 'jwt.insforge.audience.conventional'],
  ])('%s: never refused, since the backend does not check aud', async (_label, payload, status, messageKey) => {
    const verdict = await check(payload);
    expect(verdict.accepted).toBe(true);
    expect(ruleOf(verdict.rules, 'audience')).toMatchObject({ status, messageKey });
  });
});

describe('custom claims', () => {
  test('behavior: custom claims are listed as dropped and never reach the claims JSON', async () => {
    const verdict = await check(claims({ org_id: 'org_1', azp: 'http://localhost:3000', iss: 'https://clerk.dev' }));
    expect(ruleOf(verdict.rules, 'custom_claims')).toMatchObject({
      status: 'warn',
      messageKey: 'jwt.insforge.customClaims.dropped',
      details: { claims: 'org_id, azp', count: 2 },
    });
    expect(verdict.claims).toEqual({ sub: SUB, role: 'authenticated' });
  });
});

describe('lifetime', () => {
  test.each([
    // Clerk's template default: inside the SDK's 60 s realtime leeway from birth.
    ['60 s', 60, 'warn', 'jwt.insforge.lifetime.withinLeeway'],
    // Can still be caught inside the leeway between 50 s refreshes.
    ['90 s', 90, 'warn', 'jwt.insforge.lifetime.nearLeeway'],
    ['300 s', 300, 'pass', 'jwt.insforge.lifetime.comfortable'],
  ])('%s', async (_label, lifetime, status, messageKey) => {
    const verdict = await check(claims({ iat: NOW, exp: NOW + lifetime }));
    expect(verdict.accepted).toBe(true);
    expect(ruleOf(verdict.rules, 'lifetime')).toMatchObject({ status, messageKey, details: { lifetime } });
  });

  test('behavior: without iat the lifetime cannot be measured', async () => {
    const verdict = await check(without('iat'));
    expect(ruleOf(verdict.rules, 'lifetime').messageKey).toBe('jwt.insforge.lifetime.unmeasured');
  });
});
