import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GUIDES } from '../../playground/catalog/guides/index.ts';
import { getProvider, PROVIDER_IDS, type ProviderId } from '../../playground/catalog/providers.ts';
import { asUser } from '../../playground/sandbox/asUser.ts';
import { createSandbox, type Sandbox } from '../../playground/sandbox/createSandbox.ts';
import { REALTIME_NOTIFY_CHANNEL, type RealtimeNotification } from '../../playground/sandbox/insforgeStandIns.ts';
import { runPolicyMatrix } from '../../playground/sandbox/runPolicyMatrix.ts';
import { SandboxError } from '../../playground/sandbox/sandboxErrors.ts';
import { DOCS_DIR, pageFiles, readPage, ZH_DIR } from './docsSource.ts';

// Every ```sql block of every page runs unmodified on "InsForge in a tab" — the same PGlite sandbox,
// with the same stand-ins, that the RLS playground runs. The English pages stand for both languages:
// pagePairs.test.ts proves each Chinese page carries exactly the same code blocks.
const pages = pageFiles(DOCS_DIR, ZH_DIR)
  .map((file) => ({ file, sql: readPage(DOCS_DIR, file).codeBlocks.filter((b) => b.lang === 'sql') }))
  .filter((page) => page.sql.length > 0);

/** The provider an auth guide is about (`auth/clerk.mdx` → `clerk`), or null for other pages. */
function providerOf(file: string): ProviderId | null {
  const slug = /^auth\/([\w-]+)\.mdx?$/.exec(file)?.[1];
  return (PROVIDER_IDS as readonly string[]).includes(slug ?? '') ? (slug as ProviderId) : null;
}

/** What a reader has before the page's SQL: for Better Auth, the user table its CLI migrates, holding both users. */
async function prepare(sandbox: Sandbox, provider: ProviderId | null, users: readonly string[]): Promise<void> {
  if (provider !== 'better-auth') return;
  await sandbox.exec('create schema if not exists better_auth; create table better_auth."user" (id text primary key);');
  await sandbox.query('insert into better_auth."user" (id) values ($1), ($2)', [...users]);
}

test('the pages have SQL to run', () => {
  expect(pages.length).toBeGreaterThan(0);
});

describe.each(pages)('$file', ({ file, sql }) => {
  const provider = providerOf(file);
  const users = provider ? getProvider(provider).userId.examples : null;
  let sandbox: Sandbox;
  const published: RealtimeNotification[] = [];

  beforeAll(async () => {
    sandbox = await createSandbox();
    await sandbox.listen(REALTIME_NOTIFY_CHANNEL, (payload) => published.push(JSON.parse(payload)));
  });
  afterAll(() => sandbox.close());

  test('its sql blocks run in page order on a fresh sandbox', async () => {
    await prepare(sandbox, provider, users ?? []);
    for (const block of sql) {
      try {
        await sandbox.exec(block.code);
      } catch (error) {
        // Point at the page line the failing statement is on, not just the block.
        const line = error instanceof SandboxError ? block.line + Number(error.details.line ?? 1) : block.line;
        throw new Error(`${file}:${line}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  });

  if (provider && users) {
    test('user B cannot read, update or delete user A’s row, and anon sees nothing', async () => {
      const { table, row } = GUIDES[provider].rlsCheck;
      const [a, b] = users;
      const matrix = await runPolicyMatrix(sandbox, {
        table,
        users: { a: { sub: a, role: 'authenticated' }, b: { sub: b, role: 'authenticated' } },
        rows: { a: row, b: row },
      });
      expect(matrix.seeded.a).toMatchObject({ outcome: 'allowed', rowCount: 1 });
      expect(matrix.cells.a.select).toMatchObject({ outcome: 'allowed', rowCount: 1 });
      const untouched = expect.objectContaining({ rowCount: 0 });
      expect(matrix.cells.b).toMatchObject({ select: untouched, update: untouched, delete: untouched });
      expect(matrix.cells.anon).toMatchObject({ select: untouched, update: untouched, delete: untouched });
      expect(matrix.cells.anon.insert.outcome).toBe('denied');
      // And anon cannot read anything at all, not just A's row.
      const seen = await asUser(sandbox, null, (s) => s.query(`select count(*)::int as n from public.${table}`));
      expect(seen.rows).toEqual([{ n: 0 }]);
    });
  }

  if (file === 'payments/okx-x402.mdx') {
    test('a settled payment written with the service key is announced through realtime.publish', async () => {
      const txHash = `0x${'ab'.repeat(32)}`;
      await asUser(sandbox, { role: 'project_admin' }, (s) =>
        s.query(`insert into public.x402_payments (payer_address, endpoint, amount, tx_hash) values ($1, $2, $3, $4)`, [
          `0x${'12'.repeat(20)}`,
          '/api/premium',
          '1',
          txHash,
        ]),
      );
      expect(published).toEqual([
        {
          channel: 'x402_payments',
          event: 'INSERT_x402_payments',
          payload: { new: expect.objectContaining({ tx_hash: txHash, amount: '1', status: 'settled' }) },
        },
      ]);
      // The ledger is public to read, and nobody but the service key writes it.
      const anonRead = await asUser(sandbox, null, (s) => s.query('select tx_hash from public.x402_payments'));
      expect(anonRead.rows).toEqual([{ tx_hash: txHash }]);
      await expect(
        asUser(sandbox, { sub: 'user_1' }, (s) =>
          s.query(
            `insert into public.x402_payments (payer_address, endpoint, amount, tx_hash) values ('0x', '/', '1', 'x')`,
          ),
        ),
      ).rejects.toMatchObject({ code: 'sql_error', details: { sqlState: '42501' } });
    });
  }
});
