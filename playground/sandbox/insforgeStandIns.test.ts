import { afterAll, beforeAll, expect, test } from 'vitest';
import { asUser } from './asUser.ts';
import { createSandbox, type Sandbox } from './createSandbox.ts';
import { REALTIME_NOTIFY_CHANNEL, type RealtimeNotification } from './insforgeStandIns.ts';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await createSandbox();
});
afterAll(() => sandbox.close());

const CLERK_USER = { sub: 'user_2xPnG8KxVQr', email: 'ada@example.com' };
const UUID_USER = { sub: '0b6f8f3e-8a0e-4c41-9d55-3c1f2b7e9a10' };
const helpers = `select auth.jwt() as jwt, auth.role() as role, auth.email() as email, current_user as db_role`;

test.each([
  // Outside any request (the CLI's admin connection): no claims at all.
  ['no request', undefined, { jwt: null, role: null, email: null, db_role: 'postgres' }],
  ['anon', null, { jwt: { role: 'anon' }, role: 'anon', email: null, db_role: 'anon' }],
  [
    'a Clerk user',
    CLERK_USER,
    {
      jwt: { ...CLERK_USER, role: 'authenticated' },
      role: 'authenticated',
      email: CLERK_USER.email,
      db_role: 'authenticated',
    },
  ],
])('behavior: auth helpers for %s', async (_, claims, expected) => {
  const query = (s: Pick<Sandbox, 'query'>) => s.query(helpers);
  const { rows } = claims === undefined ? await query(sandbox) : await asUser(sandbox, claims, query);
  expect(rows).toEqual([expected]);
});

test('behavior: auth.uid() returns a UUID sub', async () => {
  const { rows } = await asUser(sandbox, UUID_USER, (s) => s.query('select auth.uid()::text as uid'));
  expect(rows).toEqual([{ uid: UUID_USER.sub }]);
});

test('error: auth.uid() raises on a provider id that is not a UUID, as InsForge does', async () => {
  await expect(asUser(sandbox, CLERK_USER, (s) => s.query('select auth.uid()'))).rejects.toMatchObject({
    code: 'sql_error',
    details: { sqlState: '22P02' },
  });
});

test('behavior: the three roles exist, and only project_admin bypasses RLS', async () => {
  const { rows } = await sandbox.query(
    `select rolname, rolbypassrls, rolcanlogin from pg_roles where rolname in ('anon', 'authenticated', 'project_admin') order by rolname`,
  );
  expect(rows).toEqual([
    { rolname: 'anon', rolbypassrls: false, rolcanlogin: false },
    { rolname: 'authenticated', rolbypassrls: false, rolcanlogin: false },
    { rolname: 'project_admin', rolbypassrls: true, rolcanlogin: false },
  ]);
});

test('behavior: a table created later in public gets InsForge’s default grants', async () => {
  await sandbox.exec(`create table public.granted (id serial primary key, note text)`);
  const { rows } = await sandbox.query(
    `select grantee, string_agg(privilege_type, ',' order by privilege_type) as privileges
       from information_schema.role_table_grants
      where table_name = 'granted' and grantee in ('anon', 'authenticated') group by grantee order by grantee`,
  );
  expect(rows).toEqual([
    { grantee: 'anon', privileges: 'DELETE,INSERT,SELECT,UPDATE' },
    { grantee: 'authenticated', privileges: 'DELETE,INSERT,SELECT,UPDATE' },
  ]);
  // The serial's sequence is granted too, so an insert as a user works without RLS in the way.
  const inserted = await asUser(sandbox, CLERK_USER, (s) => s.query(`insert into public.granted (note) values ('x')`));
  expect(inserted.rowCount).toBe(1);
});

test('behavior: pgcrypto is in the catalog, so the guides’ create extension succeeds; gen_random_uuid() is core', async () => {
  await sandbox.exec('create extension if not exists pgcrypto');
  const { rows } = await sandbox.query(
    `select (select count(*)::int from pg_extension where extname = 'pgcrypto') as installed,
            gen_random_uuid()::text ~ '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-' as v4`,
  );
  expect(rows).toEqual([{ installed: 1, v4: true }]);
});

test('behavior: pgcrypto’s own functions are not shipped: calling one is a plain SQL error', async () => {
  await expect(sandbox.query(`select digest('abc', 'sha256')`)).rejects.toMatchObject({ code: 'sql_error' });
});

test('behavior: realtime.publish records the message and delivers it with pg_notify', async () => {
  const received: RealtimeNotification[] = [];
  const unlisten = await sandbox.listen(REALTIME_NOTIFY_CHANNEL, (payload) => received.push(JSON.parse(payload)));
  await sandbox.exec(`insert into realtime.channels (pattern, description) values ('chat:%', 'Chat rooms')`);
  // A user may publish: the function runs as its owner.
  await asUser(sandbox, CLERK_USER, (s) =>
    s.query(`select realtime.publish('chat:lobby', 'message', '{"text": "hi"}')`),
  );
  await unlisten();
  expect(received).toEqual([{ channel: 'chat:lobby', event: 'message', payload: { text: 'hi' } }]);
  const { rows } = await sandbox.query(
    `select m.channel_name, m.event_name, m.payload, c.pattern
       from realtime.messages m left join realtime.channels c on c.id = m.channel_id`,
  );
  expect(rows).toEqual([
    { channel_name: 'chat:lobby', event_name: 'message', payload: { text: 'hi' }, pattern: 'chat:%' },
  ]);
});

test('behavior: users read channels but cannot write realtime tables', async () => {
  const read = await asUser(sandbox, CLERK_USER, (s) => s.query('select count(*)::int as n from realtime.channels'));
  expect(read.rows).toEqual([{ n: 1 }]);
  await expect(
    asUser(sandbox, CLERK_USER, (s) => s.query(`insert into realtime.channels (pattern) values ('x')`)),
  ).rejects.toMatchObject({ code: 'sql_error', details: { sqlState: '42501' } });
});
