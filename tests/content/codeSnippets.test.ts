import ts from 'typescript';
import { expect, test } from 'vitest';
import { DOCS_DIR, pageFiles, readPage, ZH_DIR } from './docsSource.ts';
import { isSelfContained, typecheckSnippets } from './typecheckSnippets.ts';

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

// Snippets that import only `@insforge/sdk` and `jose` must also compile against the installed
// versions, so an API the SDK renamed or removed fails here before it fails a reader.
const selfContained = blocks
  .map((b, i) => ({ ...b, name: `snippet${i}.${b.lang.endsWith('x') ? 'tsx' : 'ts'}` }))
  .filter((b) => isSelfContained(b.code, b.name));
const diagnostics = typecheckSnippets(selfContained);

test('some snippets are self-contained enough to typecheck', () => {
  expect(selfContained.length).toBeGreaterThan(0);
});

test.each(selfContained)('$where typechecks against the installed packages', ({ name }) => {
  expect(diagnostics.get(name)).toEqual([]);
});
