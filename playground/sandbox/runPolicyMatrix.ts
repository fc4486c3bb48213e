import { quoteName } from './quoteName.ts';
import { SandboxError } from './sandboxErrors.ts';
import { type RequestClaims, setRequestContext } from './setRequestContext.ts';
import type { Sandbox, SandboxTransaction } from './wrapEngine.ts';

/** Who tries each command: the two signed-in users, and a request with no user. */
export const PERSONAS = ['a', 'b', 'anon'] as const;
export type Persona = (typeof PERSONAS)[number];

export const MATRIX_COMMANDS = ['select', 'insert', 'update', 'delete'] as const;
export type MatrixCommand = (typeof MATRIX_COMMANDS)[number];

export interface PolicyMatrixInput {
  /** Default `public`. */
  readonly schema?: string;
  readonly table: string;
  /** The claims of user A and user B (a `sub` in the provider's id format; role defaults to `authenticated`). */
  readonly users: { readonly a: RequestClaims; readonly b: RequestClaims };
  /**
   * The row (or rows) each user inserts, without the owner column (its default fills it). Give the rows
   * a later reader will find (the SDK panel's), so that the counts here are the counts there. The
   * `insert` cells add each persona's first row again; anon tries user A's.
   */
  readonly rows: { readonly a: MatrixRows; readonly b: MatrixRows };
}

type MatrixRow = Readonly<Record<string, unknown>>;
type MatrixRows = MatrixRow | readonly MatrixRow[];

/**
 * What Postgres did with one statement: `allowed` when it touched rows, `no_rows` when it ran but RLS
 * left it nothing to touch, `denied` when it raised (`sqlState` 42501 for a missing grant or a failed
 * `with check`; any other state is shown as Postgres said it).
 */
export interface MatrixCell {
  readonly outcome: 'allowed' | 'no_rows' | 'denied';
  readonly rowCount: number;
  readonly sqlState?: string;
  readonly message?: string;
}

export interface PolicyMatrix {
  /** User A's and user B's own inserts, which every other cell runs after: the first refusal, or all rows written. */
  readonly seeded: Readonly<Record<'a' | 'b', MatrixCell>>;
  /**
   * Per persona and command. `select`, `update` and `delete` aim at user A's seeded rows only;
   * `insert` adds the persona's own row. Every cell runs alone and is rolled back.
   */
  readonly cells: Readonly<Record<Persona, Readonly<Record<MatrixCommand, MatrixCell>>>>;
}

/**
 * Tries every command on `table` as user A, user B and anon, the way the RLS playground's "Run it"
 * does: user A and user B each insert their row, then each persona selects, inserts, updates and
 * deletes, and each cell records exactly what Postgres did. The whole run is one transaction that is
 * rolled back, so the sandbox is left as it was and the matrix can be run again.
 *
 * @throws {SandboxError} `invalid_matrix` when a row has no columns; `invalid_role` for a bad role claim.
 * @example
 * const { cells } = await runPolicyMatrix(sandbox, {
 *   table: 'todos',
 *   users: { a: { sub: 'user_2xPnG8KxVQr' }, b: { sub: 'user_2yQoH9LyWRs' } },
 *   rows: { a: { title: 'A’s todo' }, b: { title: 'B’s todo' } },
 * });
 * cells.b.select; // { outcome: 'no_rows', rowCount: 0 } — B cannot see A's row
 */
export async function runPolicyMatrix(sandbox: Sandbox, input: PolicyMatrixInput): Promise<PolicyMatrix> {
  const table = `${quoteName(input.schema ?? 'public', 'schema')}.${quoteName(input.table, 'table')}`;
  const rowsOf = (persona: 'a' | 'b'): readonly MatrixRow[] => {
    const rows = input.rows[persona];
    return Array.isArray(rows) ? rows : [rows as MatrixRow];
  };
  const insertOf = (persona: 'a' | 'b', rowObject: MatrixRow | undefined) => {
    const row = Object.entries(rowObject ?? {});
    if (row.length === 0) {
      throw new SandboxError('invalid_matrix', `The row for user ${persona.toUpperCase()} has no columns`, {
        field: `rows.${persona}`,
      });
    }
    const columns = row.map(([name]) => quoteName(name, 'column')).join(', ');
    const values = row.map((_, i) => `$${i + 1}`).join(', ');
    return { sql: `insert into ${table} (${columns}) values (${values})`, params: row.map(([, value]) => value) };
  };
  const seeds = { a: rowsOf('a').map((row) => insertOf('a', row)), b: rowsOf('b').map((row) => insertOf('b', row)) };
  const inserts = { a: insertOf('a', rowsOf('a')[0]), b: insertOf('b', rowsOf('b')[0]) };
  // Setting a column to itself changes nothing but still needs the UPDATE policy and grant.
  const [firstColumn] = Object.keys(rowsOf('a')[0] ?? {});
  const touched = quoteName(firstColumn ?? '', 'column');
  const claimsOf = (persona: Persona) => (persona === 'anon' ? null : input.users[persona]);

  return sandbox.transaction(async (tx) => {
    const before = new Set(await ctids(tx, table));
    const seededA = await seed(tx, input.users.a, seeds.a);
    // PGlite runs as a superuser, which RLS does not filter: the new ctids are user A's rows, whatever their key.
    const targetRows = (await ctids(tx, table)).filter((ctid) => !before.has(ctid));
    const seededB = await seed(tx, input.users.b, seeds.b);

    const aimed = `where ctid = any($1::tid[])`;
    const statements: Record<MatrixCommand, (persona: Persona) => { sql: string; params: unknown[] }> = {
      select: () => ({ sql: `select 1 from ${table} ${aimed}`, params: [targetRows] }),
      insert: (persona) => inserts[persona === 'anon' ? 'a' : persona],
      update: () => ({ sql: `update ${table} set ${touched} = ${touched} ${aimed}`, params: [targetRows] }),
      delete: () => ({ sql: `delete from ${table} ${aimed}`, params: [targetRows] }),
    };
    const cells = {} as Record<Persona, Record<MatrixCommand, MatrixCell>>;
    for (const persona of PERSONAS) {
      const row = {} as Record<MatrixCommand, MatrixCell>;
      for (const command of MATRIX_COMMANDS) {
        row[command] = await attempt(tx, claimsOf(persona), statements[command](persona), 'undo');
      }
      cells[persona] = row;
    }
    await tx.rollback();
    return { seeded: { a: seededA, b: seededB }, cells };
  });
}

/** Inserts a user's rows one by one and keeps them; the first refusal stops there and is the answer. */
async function seed(
  tx: SandboxTransaction,
  claims: RequestClaims,
  inserts: readonly { sql: string; params: unknown[] }[],
): Promise<MatrixCell> {
  let written = 0;
  for (const insert of inserts) {
    const cell = await attempt(tx, claims, insert, 'keep');
    if (cell.outcome !== 'allowed') return cell;
    written += cell.rowCount;
  }
  return { outcome: 'allowed', rowCount: written };
}

async function ctids(tx: SandboxTransaction, table: string): Promise<string[]> {
  const { rows } = await tx.query<{ ctid: string }>(`select ctid::text as ctid from ${table}`);
  return rows.map((r) => r.ctid);
}

/** Runs one statement as `claims` inside a savepoint; `undo` rolls its effects back, `keep` keeps them. */
async function attempt(
  tx: SandboxTransaction,
  claims: RequestClaims | null,
  statement: { sql: string; params: unknown[] },
  effects: 'keep' | 'undo',
): Promise<MatrixCell> {
  await tx.query('savepoint policy_matrix_cell');
  let cell: MatrixCell;
  try {
    await setRequestContext(tx, claims);
    const result = await tx.query(statement.sql, statement.params);
    const rowCount = result.command === 'SELECT' ? result.rows.length : result.rowCount;
    cell = { outcome: rowCount > 0 ? 'allowed' : 'no_rows', rowCount };
  } catch (error) {
    if (!(error instanceof SandboxError && error.code === 'sql_error')) throw error;
    cell = { outcome: 'denied', rowCount: 0, sqlState: String(error.details.sqlState), message: error.message };
  }
  if (effects === 'undo' || cell.outcome === 'denied') {
    await tx.query('rollback to savepoint policy_matrix_cell');
  } else {
    await tx.query('release savepoint policy_matrix_cell');
    // The role and claims were set for this statement only; later statements start as the superuser.
    await tx.query('reset role');
    await tx.query(`select set_config('request.jwt.claims', '', true)`);
  }
  return cell;
}
