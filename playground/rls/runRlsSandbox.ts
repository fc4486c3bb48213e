import { getProvider } from '../catalog/providers.ts';
import { type CreateSandboxOptions, createSandbox, type Sandbox } from '../sandbox/createSandbox.ts';
import type { PolicyMatrix, PolicyMatrixInput } from '../sandbox/runPolicyMatrix.ts';
import { quoteIdentifier } from './quoteIdentifier.ts';
import type { ColumnSpec, ColumnType, RlsConfig } from './rlsTypes.ts';

export interface RlsSandboxRun {
  /** Left open with the script applied and the demo rows committed, for the SDK panel; close it when done. */
  readonly sandbox: Sandbox;
  readonly matrix: PolicyMatrix;
  /** The users the matrix and the SDK panel act as: the provider's two example ids. */
  readonly users: { readonly a: string; readonly b: string };
  /** The sandbox's JWT secret, random per run; it signs the SDK panel's tokens and never leaves the tab. */
  readonly secret: string;
  /** Why the demo rows could not be written (the edited SQL no longer fits the form), or null. */
  readonly seedError: unknown;
}

/**
 * How many demo rows each user owns: A two, B one, so "A sees 2, B sees 1" shows. The matrix runs on
 * these same rows before the SDK panel reads them, so both count the same.
 */
export const DEMO_ROWS = { a: 2, b: 1 } as const;

/**
 * "Run it": boots a fresh sandbox, applies `sql` (the generated script or the reader's edit of it), runs
 * the persona × command matrix for the table `config` describes, then commits demo rows for user A and
 * user B (written as the superuser, which RLS does not filter) so the SDK panel has something to find.
 *
 * @throws {SandboxError} `boot_failed`, or `sql_error` (with `line` and `character`) when the script or
 *   the matrix fails, or `sandbox_stopped` / `sandbox_timed_out` when `signal` aborts or a statement
 *   outlives `timeLimitMs` (default `SANDBOX_TIME_LIMIT_MS`); the sandbox is closed then.
 * @example
 * const run = await runRlsSandbox(generateRlsSql(config).sql, config, { onProgress: setStage });
 * run.matrix.cells.b.select.outcome; // 'no_rows'
 */
export async function runRlsSandbox(
  sql: string,
  config: RlsConfig,
  options: Pick<CreateSandboxOptions, 'onProgress' | 'signal' | 'timeLimitMs'> = {},
): Promise<RlsSandboxRun> {
  const sandbox = await createSandbox(options);
  try {
    await sandbox.exec(sql);
    const input = policyMatrixInput(config);
    const matrix = await sandbox.policyMatrix(input);
    const users = { a: input.users.a.sub ?? '', b: input.users.b.sub ?? '' };
    let seedError: unknown = null;
    await seedDemoRows(sandbox, config, users).catch((error: unknown) => {
      seedError = error;
    });
    return { sandbox, matrix, users, secret: randomSecret(), seedError };
  } catch (error) {
    await sandbox.close();
    throw error;
  }
}

/**
 * The matrix's input for the table `config` describes: the provider's two example ids as user A and
 * user B, and their `DEMO_ROWS` (the rows the SDK panel will find), with a value of the right type in
 * every column. A table without columns of its own sets `created_at`, since the matrix needs a column to write.
 *
 * @example
 * policyMatrixInput({ provider: 'clerk', table: 'notes' }).rows.a; // [{ title: 'A · notes #1' }, { title: 'A · notes #2' }]
 */
export function policyMatrixInput(config: RlsConfig): PolicyMatrixInput {
  const [a, b] = getProvider(config.provider).userId.examples;
  return {
    ...(config.schema === undefined ? {} : { schema: config.schema }),
    table: config.table,
    users: { a: { sub: a }, b: { sub: b } },
    rows: { a: demoRows(config, 'A', DEMO_ROWS.a), b: demoRows(config, 'B', DEMO_ROWS.b) },
  };
}

function columnsOf(config: RlsConfig): readonly ColumnSpec[] {
  return config.columns ?? [{ name: 'title', type: 'text' }];
}

/** Whose a demo row is: it shows in its text, and in the uuid's hex digit. */
export type DemoOwner = 'A' | 'B' | 'anon';
const OWNER_HEX: Readonly<Record<DemoOwner, string>> = { A: 'a', B: 'b', anon: 'c' };

/**
 * The `n`th demo row of `owner` for the table `config` describes (1 ≤ n ≤ 9), owner column left to its default.
 *
 * @example
 * demoRow({ provider: 'clerk', table: 'notes' }, 'B', 3); // { title: 'B · notes #3' }
 */
export function demoRow(config: RlsConfig, owner: DemoOwner, n: number): Record<string, unknown> {
  const columns = columnsOf(config);
  if (columns.length === 0) return { created_at: new Date(Date.UTC(2026, 0, n)).toISOString() };
  return Object.fromEntries(columns.map((c) => [c.name, demoValue(c.type, owner, n, config.table)]));
}

function demoRows(config: RlsConfig, owner: DemoOwner, count: number): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, index) => demoRow(config, owner, index + 1));
}

/** A value of `type` that tells whose row it is where the type can hold it; language-neutral, it is data. */
function demoValue(type: ColumnType, owner: DemoOwner, n: number, table: string): unknown {
  switch (type) {
    case 'text':
      return `${owner} · ${table} #${n}`;
    case 'boolean':
      return n % 2 === 0;
    case 'integer':
    case 'bigint':
    case 'numeric':
      return n;
    case 'timestamptz':
      return new Date(Date.UTC(2026, 0, n, 9)).toISOString();
    case 'date':
      return `2026-01-0${n}`;
    case 'jsonb':
      return { owner, n };
    case 'uuid':
      return `00000000-0000-4000-8000-${OWNER_HEX[owner]}${String(n).padStart(11, '0')}`;
  }
}

async function seedDemoRows(sandbox: Sandbox, config: RlsConfig, users: { a: string; b: string }): Promise<void> {
  const table = `${quoteIdentifier(config.schema ?? 'public', 'schema')}.${quoteIdentifier(config.table, 'table')}`;
  const owner = config.ownerColumn ?? 'user_id';
  await sandbox.transaction(async (tx) => {
    for (const [user, sub] of [
      ['A', users.a],
      ['B', users.b],
    ] as const) {
      for (const demo of demoRows(config, user, user === 'A' ? DEMO_ROWS.a : DEMO_ROWS.b)) {
        const row = Object.entries({ ...demo, [owner]: sub });
        const names = row.map(([name]) => quoteIdentifier(name, 'column')).join(', ');
        const values = row.map((_, i) => `$${i + 1}`).join(', ');
        await tx.query(
          `insert into ${table} (${names}) values (${values})`,
          row.map(([, value]) => value),
        );
      }
    }
  });
}

/** 32 random bytes as hex: a fresh project secret for each run, as long as InsForge's. */
function randomSecret(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(32)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
