import { describe, expect, test } from 'vitest';
import { DOCS_DIR, pageFiles, readPage, ZH_DIR } from './docsSource.ts';

const english = pageFiles(DOCS_DIR, ZH_DIR);
const chinese = pageFiles(ZH_DIR);

test('the English and Chinese page trees are identical', () => {
  expect(chinese).toEqual(english);
});

describe.each(english)('%s and its zh-cn twin', (file) => {
  const en = readPage(DOCS_DIR, file);
  const zh = readPage(ZH_DIR, file);

  test('share one heading skeleton, so the compare view can align them', () => {
    expect(zh.headings.map((h) => h.depth)).toEqual(en.headings.map((h) => h.depth));
  });

  test('carry exactly the same code blocks', () => {
    expect(zh.codeBlocks.map(({ lang, meta, code }) => ({ lang, meta, code }))).toEqual(
      en.codeBlocks.map(({ lang, meta, code }) => ({ lang, meta, code })),
    );
  });
});
