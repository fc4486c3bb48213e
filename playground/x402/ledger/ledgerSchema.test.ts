import { describe, expect, test } from 'vitest';
import { DOCS_DIR, readPage, ZH_DIR } from '../../../tests/content/docsSource.ts';
import { X402_LEDGER_SQL_BLOCKS } from './ledgerSchema.ts';

const GUIDE = 'payments/okx-x402.mdx';
const titleOf = (meta: string) => /title="([^"]+)"/.exec(meta)?.[1];

describe.each([
  ['en', DOCS_DIR],
  ['zh-cn', ZH_DIR],
])('%s guide', (_locale, root) => {
  test('default: its ledger blocks are the SQL the playground installs, in the same order', () => {
    const titles = new Set(X402_LEDGER_SQL_BLOCKS.map((block) => block.title));
    const inGuide = readPage(root, GUIDE)
      .codeBlocks.filter((block) => block.lang === 'sql' && titles.has(titleOf(block.meta) ?? ''))
      .map((block) => ({ title: titleOf(block.meta), sql: block.code }));
    expect(inGuide).toEqual(X402_LEDGER_SQL_BLOCKS);
  });
});
