import { mintToken } from '../jwt/mintToken.ts';
import type { Sandbox } from '../sandbox/createSandbox.ts';
import { createSandboxFetch, SANDBOX_ANON_KEY, type SandboxExchange } from '../sandbox/createSandboxFetch.ts';
import type { Persona } from '../sandbox/runPolicyMatrix.ts';

/** The sandbox answers here; the name cannot resolve, so even a stray request would go nowhere. */
export const SANDBOX_BASE_URL = 'https://sandbox.invalid';

export interface SdkDemoInput {
  readonly table: string;
  /** Who calls: user A or user B with a token minted for them, or anon with the anon key. */
  readonly persona: Persona;
  readonly users: { readonly a: string; readonly b: string };
  /** The sandbox's JWT secret; the tokens are signed with it as an app server would. */
  readonly secret: string;
}

export interface SdkDemoResult {
  /** The SDK code that ran, as the reader would write it. */
  readonly call: string;
  /** Every request the SDK made, as the sandbox's data API saw it. */
  readonly exchanges: readonly SandboxExchange[];
  readonly status: number;
  /** The rows RLS let through (null when the call failed). */
  readonly data: unknown;
  readonly error: { readonly message: string; readonly code?: string } | null;
}

/**
 * Runs `insforge.database.from(table).select('*')` with the real `@insforge/sdk` (imported on first
 * use) against the sandbox's data API, as user A, user B (each with a freshly minted HS256 token) or
 * anon (the sandbox's anon key), and records the HTTP exchange. Nothing goes over the network.
 *
 * @example
 * const { data } = await runSdkDemo(run.sandbox, { table: 'notes', persona: 'b', users: run.users, secret: run.secret });
 * // only user B's rows
 */
export async function runSdkDemo(sandbox: Sandbox, input: SdkDemoInput): Promise<SdkDemoResult> {
  const { createClient } = await import('@insforge/sdk');
  const exchanges: SandboxExchange[] = [];
  const fetch = createSandboxFetch(sandbox, { secret: input.secret, onExchange: (e) => exchanges.push(e) });
  const credentials =
    input.persona === 'anon'
      ? { anonKey: SANDBOX_ANON_KEY }
      : { accessToken: await tokenFor(input.users[input.persona], input.secret) };
  const client = createClient({
    baseUrl: SANDBOX_BASE_URL,
    fetch,
    retryCount: 0,
    // The page's own URL carries no OAuth callback for the sandbox to pick up.
    auth: { detectOAuthCallback: false },
    ...credentials,
  });
  const { data, error, status } = await client.database.from(input.table).select('*');
  return {
    call: sdkCallSnippet(input.table, input.persona),
    exchanges,
    status,
    data,
    error: error && { message: error.message, ...(error.code ? { code: error.code } : {}) },
  };
}

/**
 * The SDK call `runSdkDemo` makes, as app code; the token or key is a variable, never its value.
 *
 * @example
 * sdkCallSnippet('notes', 'a');
 * // "const insforge = createClient({ baseUrl, accessToken: tokenForUserA });\n…from('notes').select('*');"
 */
export function sdkCallSnippet(table: string, persona: Persona): string {
  const credential = persona === 'anon' ? 'anonKey' : `accessToken: tokenForUser${persona.toUpperCase()}`;
  return [
    "import { createClient } from '@insforge/sdk';",
    '',
    `const insforge = createClient({ baseUrl, ${credential} });`,
    // The generator only lets letters, digits and underscores into a table name, so it needs no escaping.
    `const { data, error } = await insforge.database.from('${table}').select('*');`,
  ].join('\n');
}

async function tokenFor(sub: string, secret: string): Promise<string> {
  const { token } = await mintToken(
    { sub, role: 'authenticated', aud: 'insforge-api', expiresInSeconds: 3600 },
    { value: secret, encoding: 'utf8' },
  );
  return token;
}
