import { SANDBOX_ROLES, type SandboxRole } from './insforgeStandIns.ts';
import { SandboxError } from './sandboxErrors.ts';

/** The claims of a verified token that InsForge looks at; `role` defaults to `authenticated`. */
export interface RequestClaims {
  readonly sub?: string;
  readonly email?: string;
  readonly role?: string;
}

/** What the request runs as: the database role, and exactly what `request.jwt.claims` holds. */
export interface RequestContext {
  readonly role: SandboxRole;
  readonly claims: { readonly role: SandboxRole; readonly sub?: string; readonly email?: string };
}

/** Anything that runs one parameterised statement: a sandbox session or transaction. */
export interface StatementRunner {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/**
 * Makes the current transaction look like an InsForge database request: `set local role <role>`,
 * then `set_config('request.jwt.claims', <json>, true)`. Both end with the transaction (or are undone
 * with the savepoint they were set in), so nothing leaks into the next request. `null` claims mean an
 * anonymous request. As the backend does, only `sub`, `email` and `role` are forwarded, and `sub`
 * only for `authenticated`: anon and admin requests reach Postgres as a bare `{ role }`.
 *
 * @throws {SandboxError} `invalid_role` for a role other than anon, authenticated or project_admin.
 * @example
 * await sandbox.transaction(async (tx) => {
 *   await setRequestContext(tx, { sub: 'user_2xPnG8KxVQr' });
 *   await tx.query('select public.requesting_user_id()'); // 'user_2xPnG8KxVQr'
 * });
 */
export async function setRequestContext(
  runner: StatementRunner,
  claims: RequestClaims | null,
): Promise<RequestContext> {
  const context = requestContext(claims);
  // SET ROLE takes no parameter, so the role is spliced in, and only the three known names get here.
  await runner.query(`set local role ${context.role}`);
  await runner.query(`select set_config('request.jwt.claims', $1, true)`, [JSON.stringify(context.claims)]);
  return context;
}

/** The role and forwarded claims for `claims`, as the backend derives them. */
export function requestContext(claims: RequestClaims | null): RequestContext {
  const role = claims === null ? 'anon' : (claims.role ?? 'authenticated');
  if (!isSandboxRole(role)) {
    throw new SandboxError('invalid_role', `InsForge never switches to role ${role}`, { role });
  }
  if (role !== 'authenticated' || claims === null) return { role, claims: { role } };
  return {
    role,
    claims: {
      ...(claims.sub === undefined ? {} : { sub: claims.sub }),
      ...(claims.email === undefined ? {} : { email: claims.email }),
      role,
    },
  };
}

function isSandboxRole(role: string): role is SandboxRole {
  return (SANDBOX_ROLES as readonly string[]).includes(role);
}
