import { afterAll, beforeAll, expect, test } from 'vitest';
import { createSandbox, type Sandbox } from '../sandbox/createSandbox.ts';
import { POSTGRES_QUOTED_KEYWORDS } from './postgresKeywords.ts';
import { quoteIdentifier } from './quoteIdentifier.ts';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await createSandbox();
});
afterAll(() => sandbox.close());

test('default: the list is exactly the running Postgres’ keywords that quote_ident quotes', async () => {
  const { rows } = await sandbox.query<{ word: string }>(
    `select word from pg_get_keywords() where catcode <> 'U' order by word`,
  );
  expect([...POSTGRES_QUOTED_KEYWORDS].sort()).toEqual(rows.map((r) => r.word));
});

test('behavior: quoteIdentifier writes names exactly as Postgres’ own quote_ident does', async () => {
  const names = [
    'notes',
    'Notes',
    'user',
    'order',
    'comment',
    'timestamp',
    'json_table',
    'user_id',
    '_x9',
    'camelCase',
  ];
  const { rows } = await sandbox.query<{ quoted: string }>(
    'select quote_ident(n) as quoted from unnest($1::text[]) n',
    [names],
  );
  expect(names.map((name) => quoteIdentifier(name, 'table'))).toEqual(rows.map((r) => r.quoted));
});
