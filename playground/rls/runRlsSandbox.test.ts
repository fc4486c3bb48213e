import { afterEach, expect, test } from 'vitest';
import type { Sandbox } from '../sandbox/createSandbox.ts';
import { SandboxError } from '../sandbox/sandboxErrors.ts';
import { generateRlsSql } from './generateRlsSql.ts';
import { COLUMN_TYPES, type RlsConfig } from './rlsTypes.ts';
import { DEMO_ROWS, demoRow, policyMatrixInput, runRlsSandbox } from './runRlsSandbox.ts';

const open: Sandbox[] = [];
afterEach(async () => {
  for (const sandbox of open.splice(0)) await sandbox.close();
});

async function run(config: RlsConfig, sql = generateRlsSql(config).sql) {
  const result = await runRlsSandbox(sql, config);
  open.push(result.sandbox);
  return result;
}

const EVERY_TYPE: RlsConfig = {
  provider: 'stytch',
  table: 'Everything',
  columns: COLUMN_TYPES.map((type) => ({ name: `c_${type}`, type })),
};

test('default: the generated script isolates user A’s row, and the demo rows are committed', async () => {
  const stages: string[] = [];
  const config: RlsConfig = { provider: 'clerk', table: 'notes' };
  const result = await runRlsSandbox(generateRlsSql(config).sql, config, { onProgress: (s) => stages.push(s) });
  open.push(result.sandbox);
  expect(stages.at(-1)).toBe('ready');
  expect(result.users).toEqual({ a: 'user_2xPnG8KxVQr', b: 'user_2yQoH4LmTZa' });
  expect(result.matrix.cells.b.select.outcome).toBe('no_rows');
  expect(result.matrix.cells.anon.insert.outcome).toBe('denied');
  expect(result.seedError).toBeNull();
  expect(result.secret).toMatch(/^[0-9a-f]{64}$/);
  const { rows } = await result.sandbox.query<{ user_id: string; title: string }>(
    'select user_id, title from public.notes order by title',
  );
  expect(rows).toEqual([
    { user_id: 'user_2xPnG8KxVQr', title: 'A · notes #1' },
    { user_id: 'user_2xPnG8KxVQr', title: 'A · notes #2' },
    { user_id: 'user_2yQoH4LmTZa', title: 'B · notes #1' },
  ]);
  expect(rows).toHaveLength(DEMO_ROWS.a + DEMO_ROWS.b);
});

test.each([
  // Every column type the form offers gets a value Postgres accepts.
  ['every column type', EVERY_TYPE],
  // No columns of its own: the matrix writes created_at.
  ['no extra columns', { provider: 'auth0', table: 'bare', columns: [] } satisfies RlsConfig],
])('behavior: %s seeds and runs', async (_, config) => {
  const result = await run(config);
  expect(result.matrix.seeded.a.outcome).toBe('allowed');
  expect(result.matrix.cells.a.update.outcome).toBe('allowed');
  expect(result.seedError).toBeNull();
});

test('behavior: an edited script that no longer fits the form still runs; the seed error is reported', async () => {
  const config: RlsConfig = { provider: 'clerk', table: 'notes' };
  const sql = generateRlsSql(config).sql.replace(/ {2}title text,\n/, '  title text,\n  body text not null,\n');
  const result = await run(config, sql);
  expect(result.matrix.seeded.a).toMatchObject({ outcome: 'denied', sqlState: '23502' });
  expect(result.seedError).toBeInstanceOf(SandboxError);
});

test('error: a script Postgres refuses closes the sandbox and says where', async () => {
  const config: RlsConfig = { provider: 'clerk', table: 'notes' };
  const sql = `${generateRlsSql(config).sql}\nselect * from nowhere;\n`;
  const error = await runRlsSandbox(sql, config).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SandboxError);
  expect((error as SandboxError).details).toMatchObject({
    sqlState: '42P01',
    line: sql.split('\n').length - 1,
    character: 15,
  });
});

test('default: the matrix input uses the provider’s example ids and the SDK panel’s demo rows', () => {
  expect(policyMatrixInput({ provider: 'kinde', table: 'notes' })).toEqual({
    table: 'notes',
    users: { a: { sub: 'kp_1234abcd5678ef90' }, b: { sub: 'kp_9f8e7d6c5b4a3210' } },
    rows: { a: [{ title: 'A · notes #1' }, { title: 'A · notes #2' }], b: [{ title: 'B · notes #1' }] },
  });
});

test('default: a demo row tells whose it is in every column that can', () => {
  expect(demoRow(EVERY_TYPE, 'anon', 3)).toEqual({
    c_text: 'anon · Everything #3',
    c_boolean: false,
    c_integer: 3,
    c_bigint: 3,
    c_numeric: 3,
    c_timestamptz: '2026-01-03T09:00:00.000Z',
    c_date: '2026-01-03',
    c_jsonb: { owner: 'anon', n: 3 },
    c_uuid: '00000000-0000-4000-8000-c00000000003',
  });
});
