import { createClient } from '@insforge/sdk';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mintToken } from '../jwt/mintToken.ts';
import { generateRlsSql } from '../rls/generateRlsSql.ts';
import { asUser } from './asUser.ts';
import { createSandbox, type Sandbox } from './createSandbox.ts';
import { createSandboxFetch, SANDBOX_ANON_KEY, type SandboxExchange } from './createSandboxFetch.ts';

const SECRET = 'sandbox-jwt-secret-0123456789abcdef';
const A = 'user_2xPnG8KxVQr';
const B = 'user_2yQoH4LmTZa';
const BASE_URL = 'https://sandbox.invalid';

let sandbox: Sandbox;
const exchanges: SandboxExchange[] = [];

beforeAll(async () => {
  sandbox = await createSandbox();
  const { sql } = generateRlsSql({
    provider: 'clerk',
    table: 'todos',
    columns: [
      { name: 'title', type: 'text' },
      { name: 'priority', type: 'integer' },
      { name: 'done', type: 'boolean' },
    ],
  });
  await sandbox.exec(sql);
  const seed = (sub: string, rows: [string, number | null, boolean][]) =>
    asUser(sandbox, { sub }, async (s) => {
      for (const row of rows)
        await s.query('insert into public.todos (title, priority, done) values ($1, $2, $3)', row);
    });
  await seed(A, [
    ['A: buy milk', 1, false],
    ['A: call mom', 2, true],
    ['A: taxes', 3, false],
    ['A: someday', null, false],
  ]);
  await seed(B, [['B: secret plan', 1, false]]);
});
afterAll(() => sandbox.close());

async function token(
  claims: { sub?: string; role?: string },
  options: { secret?: string; expiresInSeconds?: number; now?: number } = {},
) {
  const { token } = await mintToken(
    {
      sub: claims.sub ?? A,
      role: claims.role ?? 'authenticated',
      aud: 'insforge-api',
      expiresInSeconds: options.expiresInSeconds ?? 3600,
    },
    { value: options.secret ?? SECRET, encoding: 'utf8' },
    options.now === undefined ? {} : { now: options.now },
  );
  return token;
}

/** The real SDK, talking to the sandbox through its fetch. */
function client(auth: { accessToken?: string; anonKey?: string } = {}) {
  const fetch = createSandboxFetch(sandbox, { secret: SECRET, onExchange: (e) => exchanges.push(e) });
  return createClient({ baseUrl: BASE_URL, fetch, retryCount: 0, ...auth });
}

const titles = (data: unknown) => (data as { title: string }[] | null)?.map((row) => row.title);

describe('who sees what', () => {
  test('default: user A’s token sees user A’s rows only', async () => {
    const { data, error } = await client({ accessToken: await token({ sub: A }) })
      .database.from('todos')
      .select('*')
      .order('title');
    expect(error).toBeNull();
    expect(titles(data)).toEqual(['A: buy milk', 'A: call mom', 'A: someday', 'A: taxes']);
    expect(data?.[0]).toMatchObject({
      user_id: A,
      priority: 1,
      done: false,
      created_at: expect.stringMatching(/\+00:00$/),
    });
  });

  test('behavior: user B’s token sees user B’s row only', async () => {
    const { data } = await client({ accessToken: await token({ sub: B }) })
      .database.from('todos')
      .select('title');
    expect(data).toEqual([{ title: 'B: secret plan' }]);
  });

  test('behavior: the anon key runs as anon, and RLS shows it nothing', async () => {
    const { data, error, status } = await client({ anonKey: SANDBOX_ANON_KEY }).database.from('todos').select('*');
    expect({ data, error, status }).toEqual({ data: [], error: null, status: 200 });
  });

  test('behavior: a project_admin token bypasses RLS — why the JWT secret is an admin credential', async () => {
    const { data } = await client({ accessToken: await token({ role: 'project_admin' }) })
      .database.from('todos')
      .select('title');
    expect(data).toHaveLength(5);
  });
});

describe('refused like the backend', () => {
  test.each([
    ['no token at all', async () => ({}), 401, 'No token provided'],
    [
      'a token signed with another secret',
      async () => ({ accessToken: await token({}, { secret: 'not-the-project-secret-0123456789' }) }),
      401,
      'Invalid token',
    ],
    [
      'an expired token',
      async () => ({ accessToken: await token({}, { now: 1_700_000_000, expiresInSeconds: 60 }) }),
      401,
      'Invalid token',
    ],
    ['an unknown anon key', async () => ({ anonKey: 'anon_someone_else' }), 401, 'Invalid anon key'],
    ['role service', async () => ({ accessToken: await token({ role: 'service' }) }), 403, 'Invalid user role claim'],
  ])('error: %s → %i', async (_, auth, status, message) => {
    const result = await client(await auth())
      .database.from('todos')
      .select('*');
    expect(result.status).toBe(status);
    expect(result.data).toBeNull();
    expect(result.error).toMatchObject({ message });
  });
});

const asA = async () => client({ accessToken: await token({ sub: A }) }).database.from('todos');
type TitleQuery = ReturnType<Awaited<ReturnType<typeof asA>>['select']>;

describe('the query syntax the SDK emits', () => {
  test.each([
    ['eq', (q) => q.eq('priority', 2), ['A: call mom']],
    ['neq', (q) => q.neq('priority', 2), ['A: buy milk', 'A: taxes']],
    ['gt', (q) => q.gt('priority', 1), ['A: call mom', 'A: taxes']],
    ['gte', (q) => q.gte('priority', 2), ['A: call mom', 'A: taxes']],
    ['lt', (q) => q.lt('priority', 2), ['A: buy milk']],
    ['lte', (q) => q.lte('priority', 2), ['A: buy milk', 'A: call mom']],
    ['in', (q) => q.in('title', ['A: taxes', 'A: buy milk', 'not, (there)']), ['A: buy milk', 'A: taxes']],
    ['is null', (q) => q.is('priority', null), ['A: someday']],
    ['is true', (q) => q.is('done', true), ['A: call mom']],
    ['not', (q) => q.not('done', 'is', true), ['A: buy milk', 'A: someday', 'A: taxes']],
    ['ilike', (q) => q.ilike('title', '%TAX%'), ['A: taxes']],
    // B's row would match, but RLS removes it before the filter is even considered.
    ['eq on another user', (q) => q.eq('user_id', B), []],
  ] as [string, (q: TitleQuery) => TitleQuery, string[]][])('behavior: %s', async (_, filter, expected) => {
    const { data, error } = await filter((await asA()).select('title')).order('title');
    expect(error).toBeNull();
    expect(titles(data)).toEqual(expected);
  });

  test('behavior: order with nulls, limit and range', async () => {
    const ordered = await (await asA())
      .select('title')
      .order('priority', { ascending: false, nullsFirst: false })
      .limit(2);
    expect(titles(ordered.data)).toEqual(['A: taxes', 'A: call mom']);
    const ranged = await (await asA()).select('title').order('priority', { nullsFirst: true }).range(1, 2);
    expect(titles(ranged.data)).toEqual(['A: buy milk', 'A: call mom']);
  });

  test('behavior: aliased columns', async () => {
    const { data } = await (await asA()).select('label:title, priority').eq('priority', 3);
    expect(data).toEqual([{ label: 'A: taxes', priority: 3 }]);
  });

  test('behavior: single() returns one object, or PostgREST’s 406', async () => {
    expect((await (await asA()).select('title').eq('priority', 1).single()).data).toEqual({ title: 'A: buy milk' });
    const many = await (await asA()).select('title').single();
    expect(many).toMatchObject({ status: 406, data: null, error: { code: 'PGRST116' } });
  });

  test('error: a filter it does not serve is refused with 400, not ignored', async () => {
    const { status, error } = await (await asA()).select('*').or('priority.eq.1,priority.eq.2');
    expect(status).toBe(400);
    expect(error).toMatchObject({ code: 'PGRST100' });
  });
});

describe('writes under RLS', () => {
  test('behavior: insert().select() fills user_id from the token and answers 201', async () => {
    const db = client({ accessToken: await token({ sub: B }) }).database;
    const { data, status } = await db
      .from('todos')
      .insert([{ title: 'B: new', priority: 5 }])
      .select('title, user_id, done');
    expect({ status, data }).toEqual({ status: 201, data: [{ title: 'B: new', user_id: B, done: null }] });
    const { data: forA } = await client({ accessToken: await token({ sub: A }) })
      .database.from('todos')
      .select('title')
      .eq('title', 'B: new');
    expect(forA).toEqual([]);
  });

  test('error: inserting a row for another user fails with check → 403 42501', async () => {
    const { status, error } = await client({ accessToken: await token({ sub: A }) })
      .database.from('todos')
      .insert({ title: 'forged', user_id: B });
    expect(status).toBe(403);
    expect(error).toMatchObject({ code: '42501', message: expect.stringContaining('row-level security') });
  });

  test('error: anon inserting is 401, as PostgREST answers anon', async () => {
    const { status, error } = await client({ anonKey: SANDBOX_ANON_KEY })
      .database.from('todos')
      .insert({ title: 'anon' });
    expect(status).toBe(401);
    expect(error).toMatchObject({ code: '42501' });
  });

  test('behavior: user B updating or deleting user A’s row touches nothing', async () => {
    const asB = client({ accessToken: await token({ sub: B }) }).database;
    const updated = await asB.from('todos').update({ title: 'hacked' }).eq('title', 'A: taxes').select();
    const deleted = await asB.from('todos').delete().eq('title', 'A: taxes').select();
    expect([updated.data, deleted.data]).toEqual([[], []]);
    const { rows } = await sandbox.query(`select count(*)::int as n from public.todos where title = 'A: taxes'`);
    expect(rows).toEqual([{ n: 1 }]);
  });

  test('behavior: user A updates and deletes their own row; without select() the answer is 204', async () => {
    const asA = client({ accessToken: await token({ sub: A }) }).database;
    const updated = await asA.from('todos').update({ done: true }).eq('title', 'A: someday');
    expect(updated.status).toBe(204);
    const deleted = await asA.from('todos').delete().eq('title', 'A: someday').select('title, done');
    expect(deleted.data).toEqual([{ title: 'A: someday', done: true }]);
  });
});

describe('no injection', () => {
  test('behavior: a hostile table name is a name, which does not exist → 404', async () => {
    const { status, error } = await client({ accessToken: await token({}) })
      .database.from('todos"; drop table public.todos; --')
      .select('*');
    expect(status).toBe(404);
    expect(error).toMatchObject({ code: '42P01' });
    expect((await sandbox.query(`select to_regclass('public.todos') is not null as kept`)).rows).toEqual([
      { kept: true },
    ]);
  });

  test('behavior: hostile filter values are values', async () => {
    const { data } = await client({ accessToken: await token({}) })
      .database.from('todos')
      .select('*')
      .eq('title', "x' or '1'='1");
    expect(data).toEqual([]);
  });
});

describe('exchanges', () => {
  test('behavior: each exchange records role, claims and SQL, never the token', async () => {
    exchanges.length = 0;
    const accessToken = await token({ sub: A });
    await client({ accessToken }).database.from('todos').select('title').eq('priority', 1);
    expect(exchanges).toHaveLength(1);
    const [exchange] = exchanges;
    expect(exchange).toMatchObject({
      method: 'GET',
      path: '/api/database/records/todos?select=title&priority=eq.1',
      status: 200,
      role: 'authenticated',
      claims: { sub: A, role: 'authenticated' },
      params: ['1'],
      responseBody: '[{"title":"A: buy milk"}]',
    });
    expect(JSON.stringify(exchange)).not.toContain(accessToken);
  });

  test('error: a path other than the records API is 404', async () => {
    const fetch = createSandboxFetch(sandbox, { secret: SECRET });
    const response = await fetch(`${BASE_URL}/api/auth/sessions`, {
      headers: { authorization: `Bearer ${await token({})}` },
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: 'NOT_FOUND' });
  });
});

describe('requests the SDK would never send', () => {
  const send = async (path: string, init: RequestInit = {}) => {
    const fetch = createSandboxFetch(sandbox, { secret: SECRET });
    const headers = { authorization: `Bearer ${await token({})}`, ...init.headers };
    const response = await fetch(`${BASE_URL}${path}`, { ...init, headers });
    return { status: response.status, body: await response.json() };
  };

  test.each([
    [
      'a body that is not JSON',
      '/api/database/records/todos',
      { method: 'POST', body: '{title:' },
      400,
      { code: 'PGRST102' },
    ],
    ['a table name that is not URL encoding', '/api/database/records/%E0%A4%A', {}, 400, { code: 'PGRST100' }],
    [
      'a method it does not serve',
      '/api/database/records/todos',
      { method: 'PUT' },
      405,
      { error: 'METHOD_NOT_ALLOWED' },
    ],
  ])('error: %s', async (_, path, init, status, body) => {
    expect(await send(path, init)).toMatchObject({ status, body });
  });
});
