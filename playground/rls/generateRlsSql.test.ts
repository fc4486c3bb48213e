import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PROVIDER_IDS } from '../catalog/providers.ts';
import en from '../i18n/en.json';
import zhCN from '../i18n/zh-CN.json';
import { createSandbox, type Sandbox } from '../sandbox/createSandbox.ts';
import { type MatrixCell, type Persona, runPolicyMatrix } from '../sandbox/runPolicyMatrix.ts';
import { generateRlsSql } from './generateRlsSql.ts';
import { quoteIdentifier } from './quoteIdentifier.ts';
import { RlsInputError } from './rlsErrors.ts';
import { CLAIM_SOURCES, RLS_PATTERNS, type RlsConfig, type RlsPattern } from './rlsTypes.ts';

const BASE: RlsConfig = { provider: 'clerk', table: 'notes' };

describe('snapshots', () => {
  test('default: owner-only, auth.jwt(), idempotent, grants, index, wrapped helper', () => {
    expect(generateRlsSql(BASE).sql).toMatchInlineSnapshot(`
      "-- public.notes: each row is visible to and changeable by its owner only.
      -- user_id holds Clerk user ids (e.g. user_2xPnG8KxVQr): text, never uuid.
      -- Idempotent: safe to run again.

      create or replace function public.requesting_user_id()
      returns text
      language sql
      stable
      as $$
        select nullif(auth.jwt() ->> 'sub', '')::text
      $$;

      create table if not exists public.notes (
        id uuid primary key default gen_random_uuid(),
        user_id text not null default public.requesting_user_id(), -- Clerk user id, e.g. user_2xPnG8KxVQr
        title text,
        created_at timestamptz not null default now()
      );

      alter table public.notes enable row level security;

      drop policy if exists notes_select_own on public.notes;
      create policy notes_select_own on public.notes
        for select to authenticated
        using (user_id = (select public.requesting_user_id()));

      drop policy if exists notes_insert_own on public.notes;
      create policy notes_insert_own on public.notes
        for insert to authenticated
        with check (user_id = (select public.requesting_user_id()));

      drop policy if exists notes_update_own on public.notes;
      create policy notes_update_own on public.notes
        for update to authenticated
        using (user_id = (select public.requesting_user_id()))
        with check (user_id = (select public.requesting_user_id()));

      drop policy if exists notes_delete_own on public.notes;
      create policy notes_delete_own on public.notes
        for delete to authenticated
        using (user_id = (select public.requesting_user_id()));

      grant usage on schema public to authenticated;
      grant select, insert, update, delete on public.notes to authenticated;

      create index if not exists notes_user_id_idx on public.notes (user_id);

      notify pgrst, 'reload schema';
      "
    `);
  });

  test('behavior: the other patterns’ policies and grants', () => {
    const policiesAndGrants = (pattern: RlsPattern) =>
      generateRlsSql({ ...BASE, pattern })
        .statements.filter((s) => s.kind === 'policy' || s.kind === 'grant')
        .map((s) => s.sql);
    const others = RLS_PATTERNS.filter((p) => p !== 'owner-only');
    expect(Object.fromEntries(others.map((pattern) => [pattern, policiesAndGrants(pattern)]))).toMatchInlineSnapshot(`
      {
        "authenticated-read": [
          "create policy notes_select_signed_in on public.notes
        for select to authenticated
        using (true);",
          "create policy notes_insert_own on public.notes
        for insert to authenticated
        with check (user_id = (select public.requesting_user_id()));",
          "create policy notes_update_own on public.notes
        for update to authenticated
        using (user_id = (select public.requesting_user_id()))
        with check (user_id = (select public.requesting_user_id()));",
          "create policy notes_delete_own on public.notes
        for delete to authenticated
        using (user_id = (select public.requesting_user_id()));",
          "grant usage on schema public to authenticated;",
          "grant select, insert, update, delete on public.notes to authenticated;",
        ],
        "insert-only-inbox": [
          "create policy notes_select_own on public.notes
        for select to authenticated
        using (user_id = (select public.requesting_user_id()));",
          "create policy notes_insert_signed_in on public.notes
        for insert to authenticated
        with check ((select public.requesting_user_id()) is not null);",
          "create policy notes_delete_own on public.notes
        for delete to authenticated
        using (user_id = (select public.requesting_user_id()));",
          "grant usage on schema public to authenticated;",
          "grant select, insert, delete on public.notes to authenticated;",
        ],
        "public-read": [
          "create policy notes_select_public on public.notes
        for select to authenticated, anon
        using (true);",
          "create policy notes_insert_own on public.notes
        for insert to authenticated
        with check (user_id = (select public.requesting_user_id()));",
          "create policy notes_update_own on public.notes
        for update to authenticated
        using (user_id = (select public.requesting_user_id()))
        with check (user_id = (select public.requesting_user_id()));",
          "create policy notes_delete_own on public.notes
        for delete to authenticated
        using (user_id = (select public.requesting_user_id()));",
          "grant usage on schema public to authenticated, anon;",
          "grant select, insert, update, delete on public.notes to authenticated;",
          "grant select on public.notes to anon;",
        ],
      }
    `);
  });

  test('behavior: claims read with current_setting, for backends older than v2.1.0', () => {
    const { statements } = generateRlsSql({ ...BASE, claimSource: 'current_setting' });
    expect(statements[0]?.sql).toMatchInlineSnapshot(`
      "create or replace function public.requesting_user_id()
      returns text
      language sql
      stable
      as $$
        select nullif(current_setting('request.jwt.claims', true)::json ->> 'sub', '')::text
      $$;"
    `);
  });

  test('behavior: not idempotent — plain create, no drop policy', () => {
    const { sql, statements } = generateRlsSql({ ...BASE, idempotent: false, commands: ['select'] });
    expect(statements.some((s) => s.kind === 'drop_policy')).toBe(false);
    expect(sql).toMatchInlineSnapshot(`
      "-- public.notes: each row is visible to and changeable by its owner only.
      -- user_id holds Clerk user ids (e.g. user_2xPnG8KxVQr): text, never uuid.
      -- Runs once: a second run fails on objects that already exist.

      create function public.requesting_user_id()
      returns text
      language sql
      stable
      as $$
        select nullif(auth.jwt() ->> 'sub', '')::text
      $$;

      create table public.notes (
        id uuid primary key default gen_random_uuid(),
        user_id text not null default public.requesting_user_id(), -- Clerk user id, e.g. user_2xPnG8KxVQr
        title text,
        created_at timestamptz not null default now()
      );

      alter table public.notes enable row level security;

      create policy notes_select_own on public.notes
        for select to authenticated
        using (user_id = (select public.requesting_user_id()));

      grant usage on schema public to authenticated;
      grant select on public.notes to authenticated;

      create index notes_user_id_idx on public.notes (user_id);

      notify pgrst, 'reload schema';
      "
    `);
  });

  test('behavior: no grants, no index, helper not wrapped', () => {
    const { statements } = generateRlsSql({
      ...BASE,
      grants: false,
      index: false,
      wrapInSelect: false,
      commands: ['update'],
    });
    expect(statements.map((s) => s.sql)).toMatchInlineSnapshot(`
      [
        "create or replace function public.requesting_user_id()
      returns text
      language sql
      stable
      as $$
        select nullif(auth.jwt() ->> 'sub', '')::text
      $$;",
        "create table if not exists public.notes (
        id uuid primary key default gen_random_uuid(),
        user_id text not null default public.requesting_user_id(), -- Clerk user id, e.g. user_2xPnG8KxVQr
        title text,
        created_at timestamptz not null default now()
      );",
        "alter table public.notes enable row level security;",
        "drop policy if exists notes_update_own on public.notes;",
        "create policy notes_update_own on public.notes
        for update to authenticated
        using (user_id = public.requesting_user_id())
        with check (user_id = public.requesting_user_id());",
        "notify pgrst, 'reload schema';",
      ]
    `);
  });

  test('behavior: own schema, owner column, columns and a command subset, quoted where Postgres needs it', () => {
    const { sql } = generateRlsSql({
      provider: 'better-auth',
      schema: 'app',
      table: 'Order',
      ownerColumn: 'owner',
      columns: [
        { name: 'user', type: 'text' },
        { name: 'total', type: 'numeric' },
      ],
      commands: ['delete', 'select', 'select'],
    });
    expect(sql).toMatchInlineSnapshot(`
      "-- app."Order": each row is visible to and changeable by its owner only.
      -- owner holds Better Auth user ids (e.g. f5kGYiUXDPEJqRDQ4jgtNTopIzpj5MgK): text, never uuid.
      -- Idempotent: safe to run again.

      create or replace function public.requesting_user_id()
      returns text
      language sql
      stable
      as $$
        select nullif(auth.jwt() ->> 'sub', '')::text
      $$;

      create schema if not exists app;

      create table if not exists app."Order" (
        id uuid primary key default gen_random_uuid(),
        owner text not null default public.requesting_user_id(), -- Better Auth user id, e.g. f5kGYiUXDPEJqRDQ4jgtNTopIzpj5MgK
        "user" text,
        total numeric,
        created_at timestamptz not null default now()
      );

      alter table app."Order" enable row level security;

      drop policy if exists "Order_select_own" on app."Order";
      create policy "Order_select_own" on app."Order"
        for select to authenticated
        using (owner = (select public.requesting_user_id()));

      drop policy if exists "Order_delete_own" on app."Order";
      create policy "Order_delete_own" on app."Order"
        for delete to authenticated
        using (owner = (select public.requesting_user_id()));

      grant usage on schema app to authenticated;
      grant select, delete on app."Order" to authenticated;

      create index if not exists "Order_owner_idx" on app."Order" (owner);

      notify pgrst, 'reload schema';
      "
    `);
  });

  test.each(PROVIDER_IDS)('behavior: %s ids appear in the comments only', (provider) => {
    const { sql } = generateRlsSql({ ...BASE, provider });
    const code = sql.replace(/--.*$/gm, '');
    expect(code).toBe(generateRlsSql(BASE).sql.replace(/--.*$/gm, ''));
  });

  test('behavior: every explanation exists in both languages and gets every value it shows', () => {
    const dictionaries: Record<string, Record<string, string>> = { en, 'zh-CN': zhCN };
    const statements = RLS_PATTERNS.flatMap((pattern) =>
      CLAIM_SOURCES.flatMap(
        (claimSource) => generateRlsSql({ ...BASE, pattern, claimSource, schema: 'app' }).statements,
      ),
    );
    for (const { explain } of statements) {
      for (const [locale, dictionary] of Object.entries(dictionaries)) {
        const text = dictionary[explain.key];
        expect(text, `${locale} ${explain.key}`).toBeTypeOf('string');
        const shown = [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        expect(Object.keys(explain.params), `${locale} ${explain.key}`).toEqual(expect.arrayContaining(shown));
      }
    }
  });

  test('behavior: every statement has an explanation key', () => {
    const { statements } = generateRlsSql({ ...BASE, pattern: 'public-read', schema: 'app' });
    expect(new Set(statements.map((s) => s.explain.key))).toEqual(
      new Set([
        'rls.explain.function_auth_jwt',
        'rls.explain.schema',
        'rls.explain.table',
        'rls.explain.enable_rls',
        'rls.explain.drop_policy',
        'rls.explain.policy_public_read',
        'rls.explain.policy_own',
        'rls.explain.grant_schema',
        'rls.explain.grant_table',
        'rls.explain.index',
        'rls.explain.reload_schema',
      ]),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Every variant runs on PGlite and its isolation matrix is what the pattern promises.

const A = 'user_2xPnG8KxVQr';
const B = 'user_2yQoH4LmTZa';
const ok: MatrixCell = { outcome: 'allowed', rowCount: 1 };
const none: MatrixCell = { outcome: 'no_rows', rowCount: 0 };
const denied = expect.objectContaining({ outcome: 'denied' });
type Expected = Record<Persona, Record<'select' | 'insert' | 'update' | 'delete', unknown>>;

const EXPECTED: Record<RlsPattern, Expected> = {
  'owner-only': {
    a: { select: ok, insert: ok, update: ok, delete: ok },
    b: { select: none, insert: ok, update: none, delete: none },
    anon: { select: none, insert: denied, update: none, delete: none },
  },
  'public-read': {
    a: { select: ok, insert: ok, update: ok, delete: ok },
    b: { select: ok, insert: ok, update: none, delete: none },
    anon: { select: ok, insert: denied, update: none, delete: none },
  },
  'authenticated-read': {
    a: { select: ok, insert: ok, update: ok, delete: ok },
    b: { select: ok, insert: ok, update: none, delete: none },
    anon: { select: none, insert: denied, update: none, delete: none },
  },
  // Nobody may edit a delivered row, not even its recipient.
  'insert-only-inbox': {
    a: { select: ok, insert: ok, update: none, delete: ok },
    b: { select: none, insert: ok, update: none, delete: none },
    anon: { select: none, insert: denied, update: none, delete: none },
  },
};

const variants = RLS_PATTERNS.flatMap((pattern) =>
  CLAIM_SOURCES.flatMap((claimSource) =>
    [true, false].flatMap((idempotent) =>
      [true, false].map((wrapInSelect) => ({
        pattern,
        claimSource,
        idempotent,
        wrapInSelect,
        grants: idempotent,
        index: !idempotent,
      })),
    ),
  ),
);

describe('on PGlite', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await createSandbox();
  });
  afterAll(() => sandbox.close());

  test.each(variants.map((v, i) => ({ ...v, table: `variant_${i}` })))(
    'behavior: $pattern, $claimSource, idempotent $idempotent, wrapped $wrapInSelect',
    async ({ table, ...options }) => {
      // A one-shot script creates the helper itself, so each variant starts without it.
      await sandbox.exec('drop function if exists public.requesting_user_id() cascade');
      const { sql } = generateRlsSql({ ...BASE, table, ...options });
      await sandbox.exec(sql);
      if (options.idempotent) await sandbox.exec(sql);
      const matrix = await runPolicyMatrix(sandbox, {
        table,
        users: { a: { sub: A }, b: { sub: B } },
        rows: { a: { title: 'A' }, b: { title: 'B' } },
      });
      expect(matrix.seeded).toEqual({ a: ok, b: ok });
      expect(matrix.cells).toEqual(EXPECTED[options.pattern]);
    },
  );

  test('behavior: a non-public schema with a quoted table and a command subset', async () => {
    const { sql } = generateRlsSql({ ...BASE, schema: 'app', table: 'Notes', commands: ['select', 'insert'] });
    await sandbox.exec(sql);
    const matrix = await runPolicyMatrix(sandbox, {
      schema: 'app',
      table: 'Notes',
      users: { a: { sub: A }, b: { sub: B } },
      rows: { a: { title: 'A' }, b: { title: 'B' } },
    });
    // Outside public there are no default grants: only the granted commands get as far as RLS.
    const noGrant: MatrixCell = {
      outcome: 'denied',
      rowCount: 0,
      sqlState: '42501',
      message: 'permission denied for table Notes',
    };
    expect(matrix.cells.a).toEqual({ select: ok, insert: ok, update: noGrant, delete: noGrant });
    expect(matrix.cells.b.select).toEqual(none);
  });
});

// ---------------------------------------------------------------------------------------------
// No user-supplied name reaches the SQL unless it is a plain identifier, quoted as Postgres needs.

const HOSTILE = [
  'x; drop table y',
  'notes"; drop table y; --',
  "notes'",
  'notes -- comment',
  'no tes',
  'notes\n',
  'a/*b*/',
  '$$',
  'notes)',
  'public.notes',
  'ｎｏｔｅｓ',
  '\u0000',
  '',
];
const FIELDS: [string, (name: string) => RlsConfig][] = [
  ['table', (name) => ({ ...BASE, table: name })],
  ['schema', (name) => ({ ...BASE, schema: name })],
  ['ownerColumn', (name) => ({ ...BASE, ownerColumn: name })],
  ['columns.0.name', (name) => ({ ...BASE, columns: [{ name, type: 'text' }] })],
];

describe('identifier fuzzing', () => {
  test.each(FIELDS.flatMap(([field, build]) => HOSTILE.map((name) => ({ field, name, config: build(name) }))))(
    'error: $field $name is refused',
    ({ field, name, config }) => {
      const error = (() => {
        try {
          return generateRlsSql(config).sql;
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(RlsInputError);
      expect(error).toMatchObject({ code: 'invalid_identifier', details: { field, value: name } });
    },
  );

  test('behavior: random names are refused, or appear only as quote_ident would write them', () => {
    // A fixed-seed generator keeps the run reproducible.
    let seed = 0x2f6b_1d3c;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed;
    };
    const alphabet = 'aZ_9 ;"\'-()$.\\\n*/éX';
    for (let i = 0; i < 2000; i++) {
      const name = Array.from({ length: 1 + (next() % 8) }, () => alphabet[next() % alphabet.length]).join('');
      const [field = 'table', build = FIELDS[0]?.[1]] = FIELDS[next() % FIELDS.length] ?? [];
      let sql: string;
      try {
        sql = generateRlsSql(build?.(name) ?? BASE).sql;
      } catch (error) {
        expect(error).toMatchObject({ code: 'invalid_identifier', details: { field } });
        continue;
      }
      // Accepted names are plain identifiers; outside comments, every use of one is its quoted form.
      expect(name).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
      const code = sql.replace(/--.*$/gm, '');
      const quoted = quoteIdentifier(name, field);
      expect(code).toContain(quoted);
      // A name with capitals must never appear bare: Postgres would fold it into another name.
      if (name !== name.toLowerCase()) expect(code).not.toMatch(new RegExp(`(?<![\\w"])${name}(?![\\w"])`));
    }
  });

  test.each([
    ['no_commands', { ...BASE, commands: [] }, 'commands'],
    ['invalid_option', { ...BASE, pattern: 'everyone' as RlsPattern }, 'pattern'],
    ['invalid_option', { ...BASE, provider: 'okta' as RlsConfig['provider'] }, 'provider'],
    [
      'invalid_column_type',
      { ...BASE, columns: [{ name: 'n', type: 'int; drop table y' as 'text' }] },
      'columns.0.type',
    ],
    ['duplicate_column', { ...BASE, columns: [{ name: 'user_id', type: 'text' }] }, 'columns.0.name'],
    ['duplicate_column', { ...BASE, ownerColumn: 'id' }, 'ownerColumn'],
    ['invalid_identifier', { ...BASE, table: 'a'.repeat(60) }, 'table'],
  ] as const)('error: %s for %s', (code, config, field) => {
    expect(() => generateRlsSql(config)).toThrow(
      expect.objectContaining({ code, details: expect.objectContaining({ field }) }),
    );
  });
});
