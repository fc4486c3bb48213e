import type { PGlite, Results } from '@electric-sql/pglite';
import { runPolicyMatrix } from './runPolicyMatrix.ts';
import type { SandboxEngine, SqlResult } from './sandboxEngine.ts';
import { SandboxError } from './sandboxErrors.ts';
import { wrapEngine } from './wrapEngine.ts';

/**
 * Serves a running PGlite as a `SandboxEngine`, in whichever thread PGlite runs: the Node tests'
 * own, or the sandbox Worker's. Postgres' errors come out as `SandboxError('sql_error')`.
 *
 * @example
 * const engine = createPgliteEngine(await PGlite.create({ loadDataDir: snapshot }));
 * await engine.query('select $1::int as n', [1]); // { command: 'SELECT', rowCount: 1, rows: [{ n: 1 }], … }
 */
export function createPgliteEngine(db: PGlite): SandboxEngine {
  const engine: SandboxEngine = {
    query: async (sql, params) => toSqlResult(await guard(db.query(sql, params), sql)),
    exec: async (sql) => (await guard(db.exec(sql), sql)).map((result) => toSqlResult(result)),
    listen: async (channel, onPayload) => {
      const unlisten = await db.listen(channel, onPayload);
      return async () => {
        if (!db.closed) await unlisten();
      };
    },
    kill: () => {
      // In-process PGlite cannot be interrupted mid-statement; closing frees it once the statement ends.
      if (!db.closed) db.close().catch(() => {});
    },
    // Right here, beside PGlite; whoever asked (the page) keeps the time limit and Stop.
    policyMatrix: (input) => runPolicyMatrix(wrapEngine(engine, null), input),
  };
  return engine;
}

function toSqlResult<Row>(result: Results<Row>): SqlResult<Row> {
  return {
    command: result.command ?? '',
    // PGlite's affectedRows adds up over a multi-statement exec; rowCount is this statement's own tag.
    rowCount: result.rowCount ?? 0,
    rows: result.rows,
    fields: result.fields.map(({ name, dataTypeID }) => ({ name, dataTypeID })),
  };
}

/** Re-throws Postgres' errors as `SandboxError('sql_error')`, keeping what Postgres said and where. */
async function guard<T>(pending: Promise<T>, sql: string): Promise<T> {
  try {
    return await pending;
  } catch (error) {
    throw toSandboxError(error, sql);
  }
}

interface PostgresErrorFields {
  message: string;
  code: string;
  position?: string;
  detail?: string;
  hint?: string;
  table?: string;
  column?: string;
  constraint?: string;
}

function isPostgresError(error: unknown): error is PostgresErrorFields {
  return (
    error instanceof Error &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { severity?: unknown }).severity === 'string'
  );
}

function toSandboxError(error: unknown, sql: string): unknown {
  if (!isPostgresError(error)) return error;
  const details: Record<string, string | number> = { sqlState: error.code };
  for (const key of ['detail', 'hint', 'table', 'column', 'constraint'] as const) {
    const value = error[key];
    if (value) details[key] = value;
  }
  const position = Number(error.position);
  if (Number.isInteger(position) && position > 0) {
    details.position = position;
    // Postgres counts characters from 1; line and column make the spot findable in an editor.
    const before = sql.slice(0, position - 1).split('\n');
    details.line = before.length;
    details.character = (before.at(-1)?.length ?? 0) + 1;
  }
  return new SandboxError('sql_error', error.message, details);
}
