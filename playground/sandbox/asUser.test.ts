import { afterAll, beforeAll, expect, test } from 'vitest';
import { asUser } from './asUser.ts';
import { createSandbox, type Sandbox } from './createSandbox.ts';
import type { RequestClaims } from './setRequestContext.ts';

let sandbox: Sandbox;
const A = { sub: 'user_2xPnG8KxVQr' };
const B = { sub: 'user_2yQoH4LmTZa' };

beforeAll(async () => {
  sandbox = await createSandbox();
  await sandbox.exec(`
    create function public.requesting_user_id() returns text language sql stable as $$
      select nullif(auth.jwt() ->> 'sub', '')::text
    $$;
    create table public.todos (
      id serial primary key,
      user_id text not null default public.requesting_user_id(),
      title text not null
    );
    alter table public.todos enable row level security;
    create policy todos_own on public.todos for all to authenticated
      using (user_id = (select public.requesting_user_id()))
      with check (user_id = (select public.requesting_user_id()));
  `);
  await asUser(sandbox, A, (s) => s.query(`insert into public.todos (title) values ('A1'), ('A2')`));
  await asUser(sandbox, B, (s) => s.query(`insert into public.todos (title) values ('B1')`));
});
afterAll(() => sandbox.close());

const context = `select current_user as db_role, current_setting('request.jwt.claims', true) as claims,
  public.requesting_user_id() as me, (select string_agg(title, ',' order by title) from public.todos) as titles`;

test.each<[string, RequestClaims | null, Record<string, unknown>]>([
  // The owner column's default filled user_id from the claims, so each user sees their own rows.
  [
    'user A',
    A,
    {
      db_role: 'authenticated',
      claims: '{"sub":"user_2xPnG8KxVQr","role":"authenticated"}',
      me: A.sub,
      titles: 'A1,A2',
    },
  ],
  [
    'user B',
    B,
    { db_role: 'authenticated', claims: '{"sub":"user_2yQoH4LmTZa","role":"authenticated"}', me: B.sub, titles: 'B1' },
  ],
  // No policy grants anon anything, so RLS filters every row.
  ['anon (null claims)', null, { db_role: 'anon', claims: '{"role":"anon"}', me: null, titles: null }],
  // Admin requests reach Postgres as a bare { role }: no sub, and RLS bypassed.
  [
    'project_admin',
    { ...A, role: 'project_admin' },
    { db_role: 'project_admin', claims: '{"role":"project_admin"}', me: null, titles: 'A1,A2,B1' },
  ],
])('behavior: %s', async (_, claims, expected) => {
  const { rows } = await asUser(sandbox, claims, (s) => s.query(context));
  expect(rows).toEqual([expected]);
});

test('behavior: only sub, email and role reach request.jwt.claims', async () => {
  const claims = { sub: A.sub, email: 'ada@example.com', org_id: 'org_1', aud: 'insforge-api' } as RequestClaims;
  const { rows } = await asUser(sandbox, claims, (s) => s.query('select auth.jwt() as jwt'));
  expect(rows).toEqual([{ jwt: { sub: A.sub, email: 'ada@example.com', role: 'authenticated' } }]);
});

test('behavior: role and claims end with the transaction', async () => {
  await asUser(sandbox, A, (s) => s.query('select 1'));
  const { rows } = await sandbox.query(`select current_user as db_role, auth.jwt() as jwt`);
  expect(rows).toEqual([{ db_role: 'postgres', jwt: null }]);
});

test('behavior: a failing callback rolls back what it did', async () => {
  await expect(
    asUser(sandbox, A, async (s) => {
      await s.query(`insert into public.todos (title) values ('A3')`);
      throw new Error('stop');
    }),
  ).rejects.toThrow('stop');
  const { rows } = await sandbox.query(`select count(*)::int as n from public.todos where title = 'A3'`);
  expect(rows).toEqual([{ n: 0 }]);
});

test('error: a with check failure is a 42501 sql_error', async () => {
  await expect(
    asUser(sandbox, A, (s) => s.query(`insert into public.todos (user_id, title) values ($1, 'forged')`, [B.sub])),
  ).rejects.toMatchObject({ code: 'sql_error', details: { sqlState: '42501' } });
});

test.each(['service', 'postgres', 'authenticated; drop table todos'])('error: role %j is refused', async (role) => {
  await expect(asUser(sandbox, { ...A, role }, (s) => s.query('select 1'))).rejects.toMatchObject({
    code: 'invalid_role',
    details: { role },
  });
});
