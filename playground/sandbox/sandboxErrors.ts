import { PlaygroundError } from '../errors.ts';

/**
 * Codes thrown by the sandbox.
 *
 * - `sql_error`: Postgres refused a statement. `details.sqlState` is its SQLSTATE (`42501`, `23505`…);
 *   `details.position` (1-based, into the SQL given), `line` and `character` are set when Postgres points
 *   at a spot; `detail`, `hint`, `table`, `column` and `constraint` when it says them. The message is
 *   Postgres' own.
 * - `boot_failed`: PGlite could not load or start; `details.stage` is the stage that failed.
 * - `closed`: the sandbox was used after `close()` or after it was stopped.
 * - `sandbox_stopped`: the reader stopped the sandbox (Stop) while a statement ran; Postgres was ended.
 * - `sandbox_timed_out`: a statement ran past the time limit (`details.seconds`) and Postgres was ended.
 * - `invalid_role`: a role InsForge never switches to (`details.role`).
 * - `invalid_channel`: a `listen` channel that is not a plain lower-case name (`details.channel`).
 * - `bad_query`: a data-API request the sandbox cannot read; `details.param` names the part. The
 *   fetch handler answers it with 400, as PostgREST does.
 * - `invalid_matrix`: a policy-matrix request without a table or with an empty row (`details.field`).
 */
export type SandboxErrorCode =
  | 'sql_error'
  | 'boot_failed'
  | 'closed'
  | 'sandbox_stopped'
  | 'sandbox_timed_out'
  | 'invalid_role'
  | 'invalid_channel'
  | 'bad_query'
  | 'invalid_matrix';

/** The in-tab InsForge stand-in could not do what was asked. */
export class SandboxError extends PlaygroundError<SandboxErrorCode> {}
