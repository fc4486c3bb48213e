import ts from 'typescript';
import { expect, test } from 'vitest';
import { DOCS_DIR, pageFiles, readPage, ZH_DIR } from './docsSource.ts';

const SCRIPT_LANGS = new Set(['ts', 'tsx', 'js', 'jsx', 'mjs', 'typescript', 'javascript']);

// The zh-cn pages carry the same blocks (pagePairs.test.ts), so English pages cover both.
const blocks = pageFiles(DOCS_DIR, ZH_DIR).flatMap((file) =>
  readPage(DOCS_DIR, file)
    .codeBlocks.filter((b) => SCRIPT_LANGS.has(b.lang))
    .map((b) => ({ where: `${file}:${b.line}`, ...b })),
);

test('the pages have script blocks to check', () => {
  expect(blocks.length).toBeGreaterThan(0);
});

test.each(blocks)('$where ($lang) parses', ({ code, lang }) => {
  const jsx = lang.endsWith('x');
  const { diagnostics = [] } = ts.transpileModule(code, {
    fileName: jsx ? 'snippet.tsx' : 'snippet.ts',
    reportDiagnostics: true,
    compilerOptions: { jsx: ts.JsxEmit.Preserve, target: ts.ScriptTarget.ESNext, module: ts.ModuleKind.ESNext },
  });
  expect(diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
});
