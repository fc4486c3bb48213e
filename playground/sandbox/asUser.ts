import { type RequestClaims, setRequestContext } from './setRequestContext.ts';
import type { Sandbox, SandboxTransaction } from './wrapEngine.ts';

/**
 * Runs `fn` as one InsForge request would run: in a transaction, switched to the claims' role
 * (`authenticated` by default, `anon` for `null`), with `request.jwt.claims` set, so RLS policies,
 * `auth.jwt()` and `requesting_user_id()` see that user. Commits when `fn` resolves, unless it called
 * `session.rollback()`; rolls back when it throws.
 *
 * @throws {SandboxError} `invalid_role`, or `sql_error` for what Postgres refused inside `fn`.
 * @example
 * const { rows } = await asUser(sandbox, { sub: 'user_2xPnG8KxVQr' }, (session) =>
 *   session.query('select * from public.todos'),
 * );
 */
export function asUser<T>(
  sandbox: Sandbox,
  claims: RequestClaims | null,
  fn: (session: SandboxTransaction) => Promise<T>,
): Promise<T> {
  return sandbox.transaction(async (tx) => {
    await setRequestContext(tx, claims);
    return fn(tx);
  });
}
