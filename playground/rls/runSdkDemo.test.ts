import { afterAll, beforeAll, expect, test } from 'vitest';
import { generateRlsSql } from './generateRlsSql.ts';
import type { RlsConfig } from './rlsTypes.ts';
import { DEMO_ROWS, type RlsSandboxRun, runRlsSandbox } from './runRlsSandbox.ts';
import { runSdkDemo, sdkCallSnippet } from './runSdkDemo.ts';

let run: RlsSandboxRun;
const demo = (persona: 'a' | 'b' | 'anon', table = 'notes') =>
  runSdkDemo(run.sandbox, { table, operation: 'select', row: {}, persona, users: run.users, secret: run.secret });
const insert = (persona: 'a' | 'b' | 'anon', row: Record<string, unknown>) =>
  runSdkDemo(run.sandbox, { table: 'notes', operation: 'insert', row, persona, users: run.users, secret: run.secret });
const titles = (data: unknown) => (data as { title: string }[]).map((row) => row.title).sort();

beforeAll(async () => {
  const config: RlsConfig = { provider: 'clerk', table: 'notes', pattern: 'owner-only' };
  run = await runRlsSandbox(generateRlsSql(config).sql, config);
});
afterAll(() => run.sandbox.close());

test.each([
  ['a', ['A · notes #1', 'A · notes #2']],
  ['b', ['B · notes #1']],
  ['anon', []],
] as const)('behavior: the real SDK as %s gets only the rows RLS lets through', async (persona, expected) => {
  const result = await demo(persona);
  expect(result.error).toBeNull();
  expect(result.status).toBe(200);
  expect(titles(result.data)).toEqual(expected);
  expect(result.exchanges).toHaveLength(1);
  expect(result.exchanges[0]).toMatchObject({
    method: 'GET',
    path: '/api/database/records/notes?select=*',
    status: 200,
    role: persona === 'anon' ? 'anon' : 'authenticated',
  });
});

test('behavior: the exchange shows the claims Postgres saw, never the token', async () => {
  const { exchanges } = await demo('b');
  expect(exchanges[0]?.claims).toEqual({ sub: 'user_2yQoH4LmTZa', role: 'authenticated' });
  expect(JSON.stringify(exchanges)).not.toMatch(/eyJ/);
});

test('error: a table the script did not create is the SDK’s error, not a throw', async () => {
  const result = await demo('a', 'missing');
  expect(result.status).toBe(404);
  expect(result.error).toMatchObject({ code: '42P01' });
});

test('behavior: an insert fills the owner column from B’s token, and A still cannot see the row', async () => {
  const result = await insert('b', { title: 'B · notes #3' });
  expect(result.status).toBe(201);
  expect(result.data).toEqual([expect.objectContaining({ title: 'B · notes #3', user_id: 'user_2yQoH4LmTZa' })]);
  expect(result.exchanges[0]).toMatchObject({ method: 'POST', status: 201 });
  expect(titles((await demo('a')).data)).toEqual(['A · notes #1', 'A · notes #2']);
});

test('error: anon may not insert, and the SDK gets PostgREST’s 401', async () => {
  const result = await insert('anon', { title: 'anon' });
  expect(result.status).toBe(401);
  expect(result.error).toMatchObject({ code: '42501' });
});

test('default: the snippet names the credential, not its value', () => {
  expect(sdkCallSnippet({ table: 'notes', operation: 'select', row: {}, persona: 'b' })).toMatchInlineSnapshot(`
    "import { createClient } from '@insforge/sdk';

    const insforge = createClient({ baseUrl, accessToken: tokenForUserB });
    const { data, error } = await insforge.database.from('notes').select('*');"
  `);
  expect(sdkCallSnippet({ table: 'notes', operation: 'insert', row: { title: 'x' }, persona: 'anon' })).toContain(
    `createClient({ baseUrl, anonKey });\nconst { data, error } = await insforge.database.from('notes').insert([{"title":"x"}]).select();`,
  );
});

test('behavior: the matrix above counts the rows user A sees as the SDK does', async () => {
  const result = await demo('a');
  expect(run.matrix.cells.a.select).toEqual({ outcome: 'allowed', rowCount: DEMO_ROWS.a });
  expect(result.data).toHaveLength(run.matrix.cells.a.select.rowCount);
});
