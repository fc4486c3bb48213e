import { afterAll, beforeAll, expect, test } from 'vitest';
import { createSandbox, type Sandbox } from './createSandbox.ts';
import { type MatrixCell, type PolicyMatrixInput, runPolicyMatrix } from './runPolicyMatrix.ts';

let sandbox: Sandbox;
const HELPER = `create or replace function public.requesting_user_id() returns text language sql stable as $$
  select nullif(auth.jwt() ->> 'sub', '')::text $$;`;

beforeAll(async () => {
  sandbox = await createSandbox();
  await sandbox.exec(HELPER);
});
afterAll(() => sandbox.close());

/** A table with RLS on and the policies given, owned through `user_id`. */
async function table(name: string, policies: string): Promise<PolicyMatrixInput> {
  await sandbox.exec(`
    create table public.${name} (
      id uuid primary key default gen_random_uuid(),
      user_id text not null default public.requesting_user_id(),
      title text not null
    );
    alter table public.${name} enable row level security;
    ${policies}`);
  return {
    table: name,
    users: { a: { sub: 'user_2xPnG8KxVQr' }, b: { sub: 'user_2yQoH4LmTZa' } },
    rows: { a: { title: 'A’s row' }, b: { title: 'B’s row' } },
  };
}

/** One policy for every command: each user reaches only the rows they own. */
const ownerOnly = (name: string) => `create policy own on public.${name} for all to authenticated
   using (user_id = (select public.requesting_user_id()))
   with check (user_id = (select public.requesting_user_id()))`;

const ok = (rowCount = 1): MatrixCell => ({ outcome: 'allowed', rowCount });
const none: MatrixCell = { outcome: 'no_rows', rowCount: 0 };
const rlsDenied = { outcome: 'denied', rowCount: 0, sqlState: '42501' };

test('default: owner-only policies isolate A’s row from B and anon', async () => {
  const input = await table('owner_only', ownerOnly('owner_only'));
  const matrix = await runPolicyMatrix(sandbox, input);
  expect(matrix.seeded).toEqual({ a: ok(), b: ok() });
  expect(matrix.cells.a).toEqual({ select: ok(), insert: ok(), update: ok(), delete: ok() });
  expect(matrix.cells.b).toEqual({ select: none, insert: ok(), update: none, delete: none });
  expect(matrix.cells.anon).toEqual({
    select: none,
    // anon has no policy for insert, so the new row fails RLS outright.
    insert: expect.objectContaining({ ...rlsDenied, message: expect.stringContaining('row-level security') }),
    update: none,
    delete: none,
  });
});

test('behavior: run beside Postgres (the sandbox’s policyMatrix), it answers exactly as from here', async () => {
  const input = await table('beside', ownerOnly('beside'));
  const here = await runPolicyMatrix(sandbox, input);
  const beside = await sandbox.policyMatrix(input);
  expect(beside).toEqual(here);
  expect(beside.cells.b.select).toEqual(none);
});

test('behavior: a public read policy shows A’s row to everyone, writes stay with the owner', async () => {
  const input = await table(
    'public_read',
    `create policy read_all on public.public_read for select to anon, authenticated using (true);
     create policy insert_own on public.public_read for insert to authenticated
       with check (user_id = (select public.requesting_user_id()));
     create policy update_own on public.public_read for update to authenticated
       using (user_id = (select public.requesting_user_id()));`,
  );
  const { cells } = await runPolicyMatrix(sandbox, input);
  expect(cells.b.select).toEqual(ok());
  expect(cells.anon.select).toEqual(ok());
  expect(cells.a.update).toEqual(ok());
  expect(cells.b.update).toEqual(none);
  expect(cells.anon.insert).toMatchObject(rlsDenied);
  // No delete policy at all: even the owner's delete finds nothing.
  expect(cells.a.delete).toEqual(none);
});

test('behavior: RLS off means every persona touches A’s row — what the matrix is there to show', async () => {
  const input = await table('no_rls', 'alter table public.no_rls disable row level security');
  const { cells } = await runPolicyMatrix(sandbox, input);
  expect(cells.b).toEqual({ select: ok(), insert: ok(), update: ok(), delete: ok() });
  expect(cells.anon).toEqual({
    select: ok(),
    // Not RLS: anon has no sub, so the owner column's default is null.
    insert: expect.objectContaining({ outcome: 'denied', sqlState: '23502' }),
    update: ok(),
    delete: ok(),
  });
});

test('behavior: a revoked grant is reported as Postgres’ permission error', async () => {
  const input = await table(
    'revoked',
    `create policy own on public.revoked for all to authenticated using (user_id = (select public.requesting_user_id()));
     revoke delete on public.revoked from authenticated`,
  );
  const { cells } = await runPolicyMatrix(sandbox, input);
  expect(cells.a.delete).toEqual({ ...rlsDenied, message: 'permission denied for table revoked' });
});

test('behavior: with several rows per user, the cells aimed at A count all of A’s rows', async () => {
  const input = await table(
    'several_rows',
    `create policy own on public.several_rows for all to authenticated
       using (user_id = (select public.requesting_user_id()))
       with check (user_id = (select public.requesting_user_id()))`,
  );
  const matrix = await runPolicyMatrix(sandbox, {
    ...input,
    rows: { a: [{ title: 'A #1' }, { title: 'A #2' }], b: [{ title: 'B #1' }] },
  });
  expect(matrix.seeded).toEqual({ a: ok(2), b: ok(1) });
  // INSERT adds one row of the persona's own; the others reach both of A's rows.
  expect(matrix.cells.a).toEqual({ select: ok(2), insert: ok(1), update: ok(2), delete: ok(2) });
  expect(matrix.cells.b).toEqual({ select: none, insert: ok(1), update: none, delete: none });
});

test('behavior: the run is rolled back, leaving the table as it was', async () => {
  const input = await table('untouched', 'create policy own on public.untouched for all to authenticated using (true)');
  await runPolicyMatrix(sandbox, input);
  await runPolicyMatrix(sandbox, input);
  const { rows } = await sandbox.query('select count(*)::int as n from public.untouched');
  expect(rows).toEqual([{ n: 0 }]);
});

test('behavior: a seed that fails is reported, and A’s row is then nowhere to find', async () => {
  const input = await table('seed_fails', 'select 1');
  const matrix = await runPolicyMatrix(sandbox, input);
  expect(matrix.seeded.a).toMatchObject(rlsDenied);
  expect(matrix.cells.a.select).toEqual(none);
});

test('behavior: hostile table and column names are quoted, never run', async () => {
  const input = await table('hostile', 'create policy own on public.hostile for all to authenticated using (true)');
  const error = await runPolicyMatrix(sandbox, { ...input, table: 'hostile; drop table hostile' }).catch((e) => e);
  expect(error).toMatchObject({ code: 'sql_error', details: { sqlState: '42P01' } });
  const column = await runPolicyMatrix(sandbox, {
    ...input,
    rows: { a: { 'title) values (1); --': 'x' }, b: input.rows.b },
  });
  expect(column.seeded.a).toMatchObject({ outcome: 'denied', sqlState: '42703' });
  expect((await sandbox.query(`select to_regclass('public.hostile') is not null as kept`)).rows).toEqual([
    { kept: true },
  ]);
});

test('error: an empty row is refused', async () => {
  const input = await table('empty_row', 'select 1');
  await expect(runPolicyMatrix(sandbox, { ...input, rows: { a: {}, b: { title: 'b' } } })).rejects.toMatchObject({
    code: 'invalid_matrix',
    details: { field: 'rows.a' },
  });
});
