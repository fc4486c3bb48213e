import { SignJWT } from 'jose/jwt/sign';
import ts from 'typescript';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { checkInsforgeToken } from './checkInsforgeToken.ts';
import { decodeToken } from './decodeToken.ts';
import { guideSignsWithCode, type SnippetLibrary, type SnippetOptions, serverSnippet } from './serverSnippet.ts';

const SECRET = 'server-side-secret-0123456789abcdef';
const OPTIONS: SnippetOptions = {
  sub: 'kp_1234abcd5678ef90',
  role: 'authenticated',
  aud: 'insforge-api',
  email: 'ada@example.com',
  expiresInSeconds: 3600,
};

function syntaxErrors(code: string): string[] {
  const { diagnostics = [] } = ts.transpileModule(code, {
    reportDiagnostics: true,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  });
  return diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

/** Runs a snippet as CommonJS with `modules` standing in for its imports; returns its exports. */
function runSnippet(code: string, modules: Record<string, unknown>): Record<string, unknown> {
  const js = ts.transpileModule(code, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, esModuleInterop: true },
  }).outputText;
  const exports: Record<string, unknown> = {};
  new Function('exports', 'require', js)(exports, (name: string) => modules[name]);
  return exports;
}

beforeEach(() => {
  process.env.INSFORGE_JWT_SECRET = SECRET;
});
afterEach(() => {
  delete process.env.INSFORGE_JWT_SECRET;
});

describe.each<SnippetLibrary>(['jsonwebtoken', 'jose'])('%s', (library) => {
  test.each<[string, SnippetOptions]>([
    ['default', OPTIONS],
    ['no email, no aud', { sub: 'user_1', role: 'authenticated', expiresInSeconds: 60 }],
    ['base64url secret', { ...OPTIONS, secretEncoding: 'base64url' }],
    // Keys that are not identifiers, nested values.
    ['extra claims', { ...OPTIONS, extraClaims: { org_id: 'org_1', 'https://x.dev/tier': ['a', 1, null], meta: {} } }],
    // Names that are keywords must not turn into shorthand properties.
    ['keyword-named claims', { ...OPTIONS, extraClaims: { true: true, null: null, nested: { null: null } } }],
    // Values that would end a comment, a string or start a template placeholder if pasted raw.
    ['hostile values', { ...OPTIONS, sub: '*/ \'"\n\u2028 //', role: "it's", email: '`$\u007Bx}`' }],
  ])('default: %s is valid TypeScript that reads the secret from the environment', (_label, options) => {
    const code = serverSnippet(options, library);
    expect(syntaxErrors(code)).toEqual([]);
    expect(code).toContain('process.env.INSFORGE_JWT_SECRET');
    expect(code).toContain(library === 'jose' ? "from 'jose'" : "from 'jsonwebtoken'");
  });
});

test('behavior: the jose snippet signs a token InsForge accepts with the form’s claims', async () => {
  const { signInsforgeToken } = runSnippet(serverSnippet(OPTIONS, 'jose'), { jose: { SignJWT } });
  const token = await (signInsforgeToken as (id: string, email: string) => Promise<string>)(
    OPTIONS.sub,
    'ada@example.com',
  );
  const decoded = decodeToken(token);
  if (decoded.kind !== 'jws') throw new Error('expected a JWS');
  expect(decoded.header).toEqual({ alg: 'HS256', typ: 'JWT' });
  expect(decoded.payload).toMatchObject({ sub: OPTIONS.sub, role: 'authenticated', aud: 'insforge-api' });
  expect(Number(decoded.payload.exp) - Number(decoded.payload.iat)).toBe(3600);
  const verdict = await checkInsforgeToken(token, SECRET);
  expect(verdict).toMatchObject({ accepted: true, requestingUserId: OPTIONS.sub });
});

test('behavior: the jsonwebtoken snippet passes claims, secret and options to jwt.sign', () => {
  const calls: unknown[][] = [];
  const jwt = { sign: (...args: unknown[]) => calls.push(args) && 'signed' };
  const options = { ...OPTIONS, extraClaims: { tier: 'pro' } };
  const { signInsforgeToken } = runSnippet(serverSnippet(options, 'jsonwebtoken'), {
    jsonwebtoken: { __esModule: true, default: jwt },
  });
  expect((signInsforgeToken as (id: string, email: string) => string)('kp_1', 'ada@example.com')).toBe('signed');
  expect(calls).toEqual([
    [
      { sub: 'kp_1', role: 'authenticated', aud: 'insforge-api', email: 'ada@example.com', tier: 'pro' },
      SECRET,
      { algorithm: 'HS256', expiresIn: 3600 },
    ],
  ]);
});

test('error: without INSFORGE_JWT_SECRET the snippet refuses to sign', () => {
  delete process.env.INSFORGE_JWT_SECRET;
  const { signInsforgeToken } = runSnippet(serverSnippet(OPTIONS, 'jsonwebtoken'), {
    jsonwebtoken: { __esModule: true, default: { sign: () => 'signed' } },
  });
  expect(() => (signInsforgeToken as (id: string, email: string) => string)('kp_1', 'a@b.c')).toThrow(
    'INSFORGE_JWT_SECRET',
  );
});

test('default: the jsonwebtoken snippet', () => {
  expect(serverSnippet(OPTIONS, 'jsonwebtoken')).toMatchInlineSnapshot(`
    "import jwt from 'jsonwebtoken';

    /** The InsForge JWT secret can mint admin tokens: keep it in server-only env, never in client code. */
    function insforgeSecret(): string {
      const secret = process.env.INSFORGE_JWT_SECRET;
      if (!secret) throw new Error('INSFORGE_JWT_SECRET is not set');
      return secret;
    }

    /** Signs the HS256 token InsForge verifies; jsonwebtoken adds \`iat\` itself. */
    export function signInsforgeToken(userId: string, email: string): string {
      return jwt.sign(
        { sub: userId, role: 'authenticated', aud: 'insforge-api', email },
        insforgeSecret(),
        { algorithm: 'HS256', expiresIn: 3600 },
      );
    }

    // Usage: signInsforgeToken('kp_1234abcd5678ef90', 'ada@example.com')
    "
  `);
});

describe('guideSignsWithCode', () => {
  test.each([
    // a JWT template signs: the app has no signing code to offer
    ['clerk', false],
    // a Post-Login Action signs with jsonwebtoken
    ['auth0', true],
    // the app's own server signs
    ['workos', true],
    ['kinde', true],
    ['stytch', true],
    // the bridge route signs
    ['better-auth', true],
  ] as const)('behavior: %s → %s', (provider, expected) => {
    expect(guideSignsWithCode(provider)).toBe(expected);
  });
});
