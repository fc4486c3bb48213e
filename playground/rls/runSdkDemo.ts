import { mintToken } from '../jwt/mintToken.ts';
import type { Sandbox } from '../sandbox/createSandbox.ts';
import { createSandboxFetch, SANDBOX_ANON_KEY, type SandboxExchange } from '../sandbox/createSandboxFetch.ts';
import type { Persona } from '../sandbox/runPolicyMatrix.ts';
import type { SdkOperation } from './sdkOperations.ts';

/** The sandbox answers here; the name cannot resolve, so even a stray request would go nowhere. */
export const SANDBOX_BASE_URL = 'https://sandbox.invalid';

export interface SdkDemoInput {
  readonly table: string;
  readonly operation: SdkOperation;
  /** The row `insert` sends, without the owner column (its default fills it from the token). */
  readonly row: Readonly<Record<string, unknown>>;
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
 * Runs `insforge.database.from(table).select('*')`, or `.insert([row]).select()`, with the real
 * `@insforge/sdk` (imported on first use) against the sandbox's data API, as user A, user B (each with a freshly minted HS256 token) or
 * anon (the sandbox's anon key), and records the HTTP exchange. Nothing goes over the network.
 *
 * @example
 * const { data } = await runSdkDemo(run.sandbox, {
 *   table: 'notes', operation: 'select', row: {}, persona: 'b', users: run.users, secret: run.secret,
 * });
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
  const table = client.database.from(input.table);
  const { data, error, status } =
    input.operation === 'select' ? await table.select('*') : await table.insert([input.row]).select();
  return {
    call: sdkCallSnippet(input),
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
 * sdkCallSnippet({ table: 'notes', operation: 'select', row: {}, persona: 'a' });
 * // "…createClient({ baseUrl, accessToken: tokenForUserA });\n…from('notes').select('*');"
 */
export function sdkCallSnippet(input: Pick<SdkDemoInput, 'table' | 'operation' | 'row' | 'persona'>): string {
  const credential = input.persona === 'anon' ? 'anonKey' : `accessToken: tokenForUser${input.persona.toUpperCase()}`;
  // The generator only lets letters, digits and underscores into a table name, so it needs no escaping.
  const from = `insforge.database.from('${input.table}')`;
  const call =
    input.operation === 'select' ? `${from}.select('*')` : `${from}.insert([${JSON.stringify(input.row)}]).select()`;
  return [
    "import { createClient } from '@insforge/sdk';",
    '',
    `const insforge = createClient({ baseUrl, ${credential} });`,
    `const { data, error } = await ${call};`,
  ].join('\n');
}

async function tokenFor(sub: string, secret: string): Promise<string> {
  const { token } = await mintToken(
    { sub, role: 'authenticated', aud: 'insforge-api', expiresInSeconds: 3600 },
    { value: secret, encoding: 'utf8' },
  );
  return token;
}
