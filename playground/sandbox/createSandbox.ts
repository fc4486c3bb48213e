import type { PGlite, Results, Transaction } from '@electric-sql/pglite';
import { INSFORGE_STAND_INS_SQL } from './insforgeStandIns.ts';
import { SandboxError } from './sandboxErrors.ts';

/** Boot stages, reported in this order; the island shows one progress label per stage. */
export type SandboxStage = 'loading_wasm' | 'booting' | 'installing_insforge' | 'ready';

export interface CreateSandboxOptions {
  /** Called as each stage starts; `ready` comes last, just before the sandbox is returned. */
  readonly onProgress?: (stage: SandboxStage) => void;
}

/** One statement's outcome. `rowCount` is what Postgres' command tag says (`UPDATE 0` → 0). */
export interface SqlResult<Row = Record<string, unknown>> {
  readonly command: string;
  readonly rowCount: number;
  readonly rows: Row[];
  readonly fields: readonly { readonly name: string; readonly dataTypeID: number }[];
}

/** Runs SQL; every Postgres error comes out as a `SandboxError` with code `sql_error`. */
export interface SandboxSession {
  /** One statement, with `$1…` parameters. */
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<SqlResult<Row>>;
  /** Any number of statements, no parameters; one result per statement. */
  exec(sql: string): Promise<SqlResult[]>;
}

/** A session inside a transaction that can be abandoned instead of committed. */
export interface SandboxTransaction extends SandboxSession {
  rollback(): Promise<void>;
}

export interface Sandbox extends SandboxSession {
  /** Runs `fn` in a transaction as the sandbox's superuser; commits unless `fn` throws or rolls back. */
  transaction<T>(fn: (tx: SandboxTransaction) => Promise<T>): Promise<T>;
  /** Calls `onPayload` for every `pg_notify` on `channel` (a lower-case name); resolves to an unsubscribe function. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** A data directory with the stand-ins installed, taken once per page so later sandboxes skip initdb. */
let installedDataDir: Promise<Blob> | undefined;

/**
 * Starts "InsForge in a tab": an in-memory PGlite with InsForge's roles, `auth` helpers, default grants,
 * `pgcrypto` and `realtime` schema installed, so the guides' SQL runs unmodified. PGlite (several MB of
 * WASM) is imported on first call, not when this module loads. Every call returns a fresh, empty database;
 * after the first, it starts from a snapshot and skips Postgres' initdb, which makes a rerun fast.
 *
 * @throws {SandboxError} `boot_failed` with `details.stage` when PGlite cannot load or start.
 * @example
 * const sandbox = await createSandbox({ onProgress: (stage) => console.log(stage) });
 * await sandbox.exec(generateRlsSql({ provider: 'clerk', table: 'notes' }).sql);
 * const mine = await asUser(sandbox, { sub: 'user_2xPnG8KxVQr' }, (session) => session.query('select * from notes'));
 * await sandbox.close();
 */
export async function createSandbox(options: CreateSandboxOptions = {}): Promise<Sandbox> {
  const report = options.onProgress ?? (() => {});
  let stage: SandboxStage = 'loading_wasm';
  let db: PGlite | undefined;
  let snapshot: PromiseWithResolvers<Blob> | undefined;
  try {
    report(stage);
    const [{ PGlite }, { pgcrypto }] = await Promise.all([
      import('@electric-sql/pglite'),
      import('@electric-sql/pglite/contrib/pgcrypto'),
    ]);
    const extensions = { pgcrypto };
    stage = 'booting';
    report(stage);
    if (installedDataDir) {
      db = await PGlite.create({ extensions, loadDataDir: await installedDataDir });
    } else {
      snapshot = Promise.withResolvers<Blob>();
      installedDataDir = snapshot.promise;
      db = await PGlite.create({ extensions });
      stage = 'installing_insforge';
      report(stage);
      await db.exec(INSFORGE_STAND_INS_SQL);
      snapshot.resolve(await db.dumpDataDir('none'));
    }
  } catch (error) {
    if (snapshot) {
      // Let the next call try a full boot again; callers already waiting get this failure.
      installedDataDir = undefined;
      snapshot.promise.catch(() => {});
      snapshot.reject(error);
    }
    await db?.close();
    if (error instanceof SandboxError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new SandboxError('boot_failed', `The sandbox failed while ${stage}: ${reason}`, { stage });
  }
  report('ready');
  return wrapDatabase(db);
}

/** `LISTEN` takes no parameter and PGlite splices the name in as is, so only plain lower-case names pass. */
const CHANNEL_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

function wrapDatabase(db: PGlite): Sandbox {
  const open = () => {
    if (db.closed) throw new SandboxError('closed', 'The sandbox has been closed');
  };
  const root = sessionOf(db);
  return {
    query: (sql, params) => {
      open();
      return root.query(sql, params);
    },
    exec: (sql) => {
      open();
      return root.exec(sql);
    },
    transaction: (fn) => {
      open();
      return guard(db.transaction((tx) => fn({ ...sessionOf(tx), rollback: () => guard(tx.rollback()) })));
    },
    listen: async (channel, onPayload) => {
      open();
      if (!CHANNEL_NAME.test(channel)) {
        throw new SandboxError('invalid_channel', `${channel} is not a plain lower-case channel name`, { channel });
      }
      const unlisten = await db.listen(channel, onPayload);
      return async () => {
        if (!db.closed) await unlisten();
      };
    },
    close: async () => {
      if (!db.closed) await db.close();
    },
  };
}

function sessionOf(runner: PGlite | Transaction): SandboxSession {
  return {
    query: async <Row>(sql: string, params?: unknown[]) =>
      toSqlResult<Row>(await guard(runner.query<Row>(sql, params), sql)),
    exec: async (sql: string) => (await guard(runner.exec(sql), sql)).map((r) => toSqlResult(r)),
  };
}

function toSqlResult<Row>(result: Results<Row>): SqlResult<Row> {
  return {
    command: result.command ?? '',
    // PGlite's affectedRows adds up over a multi-statement exec; rowCount is this statement's own tag.
    rowCount: result.rowCount ?? 0,
    rows: result.rows,
    fields: result.fields,
  };
}

/** Re-throws Postgres' errors as `SandboxError('sql_error')`, keeping what Postgres said and where. */
async function guard<T>(pending: Promise<T>, sql?: string): Promise<T> {
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

function toSandboxError(error: unknown, sql: string | undefined): unknown {
  if (!isPostgresError(error)) return error;
  const details: Record<string, string | number> = { sqlState: error.code };
  for (const key of ['detail', 'hint', 'table', 'column', 'constraint'] as const) {
    const value = error[key];
    if (value) details[key] = value;
  }
  const position = Number(error.position);
  if (Number.isInteger(position) && position > 0) {
    details.position = position;
    if (sql !== undefined) {
      // Postgres counts characters from 1; line and column make the spot findable in an editor.
      const before = sql.slice(0, position - 1).split('\n');
      details.line = before.length;
      details.character = (before.at(-1)?.length ?? 0) + 1;
    }
  }
  return new SandboxError('sql_error', error.message, details);
}
