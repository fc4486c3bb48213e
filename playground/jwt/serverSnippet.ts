import { getProvider, type ProviderId } from '../catalog/providers.ts';
import { INSFORGE_BACKEND } from './insforgeBackend.ts';
import type { MintOptions } from './mintToken.ts';
import type { SecretEncoding } from './secretToBytes.ts';

/** The server libraries the guides sign with: `jsonwebtoken` (Auth0, WorkOS, Kinde, Stytch, Better Auth) or `jose`. */
export type SnippetLibrary = 'jsonwebtoken' | 'jose';

export interface SnippetOptions extends MintOptions {
  /** How `INSFORGE_JWT_SECRET` holds the secret; InsForge's own `JWT_SECRET` is plain text. */
  readonly secretEncoding?: SecretEncoding;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Whether the provider's guide signs the InsForge token with code of its own, which `serverSnippet`
 * writes. Clerk's does not: a JWT template signs it, and the app holds neither code nor secret.
 *
 * @example
 * guideSignsWithCode('kinde'); // true
 * guideSignsWithCode('clerk'); // false
 */
export function guideSignsWithCode(provider: ProviderId): boolean {
  return getProvider(provider).signer !== 'jwt-template';
}

/**
 * Generates server-side TypeScript that signs the same token as `mintToken` with the same options.
 * The secret is read from `process.env.INSFORGE_JWT_SECRET` and never embedded; the user id (and
 * email, when the form sets one) become parameters, with the form's values in a usage comment.
 *
 * @example
 * serverSnippet({ sub: 'kp_1234abcd', role: 'authenticated', aud: 'insforge-api', expiresInSeconds: 3600 }, 'jose');
 * // "import { SignJWT } from 'jose'; … export async function signInsforgeToken(userId: string) …"
 */
export function serverSnippet(options: SnippetOptions, library: SnippetLibrary): string {
  const withEmail = options.email !== undefined;
  const params = withEmail ? 'userId: string, email: string' : 'userId: string';
  const usage = `// Usage: signInsforgeToken(${[options.sub, ...(withEmail ? [options.email] : [])].map(tsLiteral).join(', ')})`;
  const secret = secretExpression(library, options.secretEncoding ?? 'utf8');
  const body = library === 'jose' ? joseBody(options, params, secret) : jsonwebtokenBody(options, params, secret);
  return [
    library === 'jose' ? "import { SignJWT } from 'jose';" : "import jwt from 'jsonwebtoken';",
    '',
    '/** The InsForge JWT secret can mint admin tokens: keep it in server-only env, never in client code. */',
    'function insforgeSecret(): string {',
    `  const secret = process.env.${INSFORGE_BACKEND.secretEnvVar};`,
    `  if (!secret) throw new Error('${INSFORGE_BACKEND.secretEnvVar} is not set');`,
    '  return secret;',
    '}',
    '',
    ...body,
    '',
    usage,
    '',
  ].join('\n');
}

function jsonwebtokenBody(options: SnippetOptions, params: string, secret: string): string[] {
  const claims = objectLiteral([
    ['sub', 'userId'],
    ['role', tsLiteral(options.role)],
    ...(options.aud !== undefined ? [['aud', tsLiteral(options.aud)] as const] : []),
    ...(options.email !== undefined ? [['email'] as const] : []),
    ...extraEntries(options),
  ]);
  return [
    '/** Signs the HS256 token InsForge verifies; jsonwebtoken adds `iat` itself. */',
    `export function signInsforgeToken(${params}): string {`,
    '  return jwt.sign(',
    `    ${claims},`,
    `    ${secret},`,
    `    { algorithm: '${INSFORGE_BACKEND.algorithm}', expiresIn: ${options.expiresInSeconds} },`,
    '  );',
    '}',
  ];
}

function joseBody(options: SnippetOptions, params: string, secret: string): string[] {
  const claims = objectLiteral([
    ['role', tsLiteral(options.role)],
    ...(options.email !== undefined ? [['email'] as const] : []),
    ...extraEntries(options),
  ]);
  return [
    '/** Signs the HS256 token InsForge verifies. */',
    `export async function signInsforgeToken(${params}): Promise<string> {`,
    `  return new SignJWT(${claims})`,
    `    .setProtectedHeader({ alg: '${INSFORGE_BACKEND.algorithm}', typ: 'JWT' })`,
    '    .setSubject(userId)',
    ...(options.aud !== undefined ? [`    .setAudience(${tsLiteral(options.aud)})`] : []),
    '    .setIssuedAt()',
    `    .setExpirationTime('${options.expiresInSeconds}s')`,
    `    .sign(${secret});`,
    '}',
  ];
}

/** How the signing code turns the env var into a key: jose wants bytes, jsonwebtoken takes a string or a Buffer. */
function secretExpression(library: SnippetLibrary, encoding: SecretEncoding): string {
  if (encoding === 'base64url') return "Buffer.from(insforgeSecret(), 'base64url')";
  return library === 'jose' ? 'new TextEncoder().encode(insforgeSecret())' : 'insforgeSecret()';
}

/** A property: a name and its expression, or just a name for shorthand (`{ email }`). */
type Entry = readonly [name: string, expression?: string];

function extraEntries(options: SnippetOptions): Entry[] {
  return Object.entries(options.extraClaims ?? {}).map(([name, value]) => [name, tsLiteral(value)]);
}

function objectLiteral(entries: Entry[]): string {
  const members = entries.map(([name, expression]) => {
    const key = IDENTIFIER.test(name) ? name : tsLiteral(name);
    return expression === undefined ? key : `${key}: ${expression}`;
  });
  return `{ ${members.join(', ')} }`;
}

/** Prints a JSON value as a TypeScript literal in the house style (single quotes, spaced braces). */
function tsLiteral(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  if (Array.isArray(value)) return `[${value.map(tsLiteral).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).map(([name, item]) => [name, tsLiteral(item)] as const);
    return entries.length === 0 ? '{}' : objectLiteral(entries);
  }
  return JSON.stringify(value) ?? 'undefined';
}

function quote(text: string): string {
  // Reuse JSON's escaping, then swap the quote style; U+2028/U+2029 would otherwise end a `//` comment.
  const inner = JSON.stringify(text).slice(1, -1).replaceAll('\\"', '"').replaceAll("'", "\\'");
  return `'${inner.replaceAll('\u2028', '\\u2028').replaceAll('\u2029', '\\u2029')}'`;
}
