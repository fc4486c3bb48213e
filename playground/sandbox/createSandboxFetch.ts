import { checkInsforgeToken } from '../jwt/checkInsforgeToken.ts';
import { buildRecordsSql, type RecordsRequest } from './buildRecordsSql.ts';
import type { Sandbox } from './createSandbox.ts';
import type { SandboxRole } from './insforgeStandIns.ts';
import { SandboxError } from './sandboxErrors.ts';
import { type RequestContext, requestContext, setRequestContext } from './setRequestContext.ts';

/** The sandbox's anon key: opaque, `anon_`-prefixed like InsForge's, and worthless anywhere else. */
export const SANDBOX_ANON_KEY = 'anon_sandbox_public_key';

/** One request and its answer, for the panel that shows what the SDK sent. Never holds the bearer token. */
export interface SandboxExchange {
  readonly method: string;
  /** Path and query, e.g. `/api/database/records/todos?select=*`. */
  readonly path: string;
  readonly status: number;
  /** The role the statement ran as; null when the request was refused before reaching Postgres. */
  readonly role: SandboxRole | null;
  /** Exactly what `request.jwt.claims` held. */
  readonly claims: RequestContext['claims'] | null;
  readonly sql: string | null;
  readonly params: readonly (string | null)[];
  readonly responseBody: string;
}

export interface SandboxFetchOptions {
  /** The sandbox project's JWT secret, used as UTF-8 text like InsForge's `JWT_SECRET`. */
  readonly secret: string | Uint8Array;
  /** Default `SANDBOX_ANON_KEY`. */
  readonly anonKey?: string;
  /** The clock in unix seconds, for `exp`; defaults to the current time. */
  readonly now?: () => number;
  readonly onExchange?: (exchange: SandboxExchange) => void;
}

const RECORDS_PATH = /^\/api\/database\/records\/([^/]+)$/;
const METHODS = new Set(['GET', 'POST', 'PATCH', 'DELETE']);
const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };

/**
 * A `fetch` that is InsForge's database API for the sandbox: it serves `GET/POST/PATCH/DELETE
 * /api/database/records/<table>` with the PostgREST syntax `@insforge/sdk` emits. Like the backend it
 * answers 401 without a bearer, with a bad signature, subject or expiry; 403 for a role other than
 * authenticated, anon or project_admin; maps the anon key to `anon`; then runs the query in a
 * transaction as that role with `request.jwt.claims` set, so RLS decides which rows come back.
 * Postgres errors are answered as PostgREST answers them (`42501` → 401 for anon, 403 otherwise).
 * Nothing leaves the tab.
 *
 * @example
 * const client = createClient({ baseUrl: 'https://sandbox.invalid', fetch: createSandboxFetch(sandbox, { secret }), accessToken });
 * const { data } = await client.database.from('todos').select('*'); // only the token's user's rows
 */
export function createSandboxFetch(sandbox: Sandbox, options: SandboxFetchOptions): typeof fetch {
  const anonKey = options.anonKey ?? SANDBOX_ANON_KEY;
  const now = options.now ?? (() => Math.floor(Date.now() / 1000));

  return async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const exchange = { method: request.method, path: `${url.pathname}${url.search}` };
    let context: RequestContext | null = null;
    let statement: { sql: string; params: (string | null)[] } | null = null;
    const answer = (status: number, body: unknown) => {
      const responseBody = body === null ? '' : typeof body === 'string' ? body : JSON.stringify(body);
      options.onExchange?.({
        ...exchange,
        status,
        role: context?.role ?? null,
        claims: context?.claims ?? null,
        sql: statement?.sql ?? null,
        params: statement?.params ?? [],
        responseBody,
      });
      return new Response(responseBody === '' ? null : responseBody, { status, headers: JSON_TYPE });
    };

    const route = RECORDS_PATH.exec(url.pathname);
    if (!route?.[1])
      return answer(404, backendError('NOT_FOUND', `Nothing is served at ${url.pathname} in the sandbox`, 404));
    if (!METHODS.has(request.method))
      return answer(405, backendError('METHOD_NOT_ALLOWED', `${request.method} is not served`, 405));

    const caller = await authenticate(request.headers.get('authorization'), options.secret, anonKey, now());
    if ('status' in caller)
      return answer(caller.status, backendError('AUTH_UNAUTHORIZED', caller.message, caller.status));
    context = caller;

    try {
      const write = request.method !== 'GET';
      const text = write ? await request.text() : '';
      const built = buildRecordsSql({
        method: request.method as RecordsRequest['method'],
        schema: request.headers.get(write ? 'content-profile' : 'accept-profile') ?? 'public',
        table: decodeURIComponent(route[1]),
        search: url.searchParams,
        body: text === '' ? undefined : JSON.parse(text),
        prefer: (request.headers.get('prefer') ?? '').split(',').map((token) => token.trim()),
      });
      statement = built;
      const rows = await sandbox.transaction(async (tx) => {
        await setRequestContext(tx, caller.claims);
        return (await tx.query<{ body: string }>(built.sql, built.params)).rows;
      });
      const body = built.returnsBody ? (rows[0]?.body ?? '[]') : null;
      const status = request.method === 'POST' ? 201 : body === null ? 204 : 200;
      if (body !== null && wantsObject(request.headers.get('accept'))) return single(status, body, answer);
      return answer(status, body);
    } catch (error) {
      if (error instanceof SyntaxError) return answer(400, postgrestError('PGRST102', 'The body is not valid JSON'));
      if (error instanceof URIError)
        return answer(400, postgrestError('PGRST100', 'The table name is not valid URL encoding'));
      if (!(error instanceof SandboxError)) throw error;
      if (error.code === 'bad_query') return answer(400, postgrestError('PGRST100', error.message));
      if (error.code !== 'sql_error') throw error;
      const sqlState = String(error.details.sqlState);
      const details = error.details.detail === undefined ? null : String(error.details.detail);
      const hint = error.details.hint === undefined ? null : String(error.details.hint);
      return answer(statusOf(sqlState, caller.role), { code: sqlState, details, hint, message: error.message });
    }
  };
}

type Caller = RequestContext | { status: 401 | 403; message: string };

/** The backend's credential dispatch (facts/auth.md §1.2): anon key, then JWT; no header is a 401, never anon. */
async function authenticate(
  header: string | null,
  secret: string | Uint8Array,
  anonKey: string,
  now: number,
): Promise<Caller> {
  const token = /^Bearer (.+)$/i.exec(header ?? '')?.[1];
  if (!token) return { status: 401, message: 'No token provided' };
  if (token.startsWith('anon_'))
    return token === anonKey ? requestContext(null) : { status: 401, message: 'Invalid anon key' };
  if (token.startsWith('ik_')) return { status: 401, message: 'The sandbox has no API keys' };
  const verdict = await checkInsforgeToken(token, secret, { now });
  if (!verdict.accepted || !verdict.claims) {
    const status = verdict.httpStatus === 403 ? 403 : 401;
    return { status, message: status === 403 ? 'Invalid user role claim' : 'Invalid token' };
  }
  return requestContext({ ...verdict.claims });
}

function backendError(error: string, message: string, statusCode: number) {
  return { error, message, statusCode };
}

function postgrestError(code: string, message: string) {
  return { code, details: null, hint: null, message };
}

/** PostgREST's mapping from SQLSTATE to HTTP status, for the states a guide's table can raise. */
function statusOf(sqlState: string, role: SandboxRole): number {
  if (sqlState === '42501') return role === 'anon' ? 401 : 403;
  if (sqlState === '42P01' || sqlState === '42883') return 404;
  if (sqlState === '23503' || sqlState === '23505') return 409;
  if (sqlState === '25006') return 405;
  if (/^(53|54|57|58|XX)/.test(sqlState)) return 500;
  return 400;
}

function wantsObject(accept: string | null): boolean {
  return accept?.includes('application/vnd.pgrst.object+json') ?? false;
}

/** `.single()`: exactly one row comes back as an object; anything else is PostgREST's 406. */
function single(status: number, body: string, answer: (status: number, body: unknown) => Response): Response {
  const rows = JSON.parse(body) as unknown[];
  if (rows.length === 1) return answer(status, rows[0]);
  return answer(406, {
    code: 'PGRST116',
    details: `The result contains ${rows.length} rows`,
    hint: null,
    message: 'Cannot coerce the result to a single JSON object',
  });
}
