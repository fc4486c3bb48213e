import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { APPS_DIR } from './compileGuideApps.ts';
import {
  assembleApps,
  envReads,
  fenceMeta,
  importsOf,
  layOutPage,
  type PageBlock,
  readPageBlocks,
} from './guideBlocks.ts';

/** A block as `readPageBlocks` gives it; only what the layout reads. */
const block = (line: number, title: string, tab?: PageBlock['tab']): PageBlock => ({
  page: 'auth/example.mdx',
  lang: title.endsWith('.tsx') ? 'tsx' : 'ts',
  meta: `title="${title}"`,
  code: `// ${title}`,
  line,
  title,
  outsideApp: undefined,
  tab,
});

describe('assembleApps', () => {
  test('behavior: each tab alternative is compiled once, next to every block outside the tabs', () => {
    const apps = assembleApps([
      block(1, 'lib/token.ts', { group: 0, index: 0, label: 'jsonwebtoken' }),
      block(2, 'lib/token.ts', { group: 0, index: 1, label: 'jose' }),
      block(3, 'app/page.tsx'),
    ]);
    expect(apps.map((a) => [a.variant, [...a.files.values()].map((b) => b.line)])).toEqual([
      [['jsonwebtoken'], [1, 3]],
      [['jose'], [2, 3]],
    ]);
  });

  test('error: two blocks outside tabs that claim one file', () => {
    expect(() => assembleApps([block(1, 'lib/a.ts'), block(9, 'lib/a.ts')])).toThrow(
      'auth/example.mdx: the blocks at lines 1 and 9 are both lib/a.ts',
    );
  });

  test('behavior: a titled block that is no file path, or is marked outside the app, is left out', () => {
    const apps = assembleApps([
      block(1, 'Claims'),
      { ...block(2, 'lib/a.ts'), outsideApp: 'why' },
      block(3, 'lib/b.ts'),
    ]);
    expect([...(apps[0]?.files.keys() ?? [])]).toEqual(['lib/b.ts']);
  });
});

describe('readPageBlocks', () => {
  test('behavior: a block knows its title, its outside-the-app reason and the tab that holds it', () => {
    const root = mkdtempSync(join(tmpdir(), 'guide-blocks-'));
    mkdirSync(join(root, 'auth'));
    const fence = (meta: string) => [`\`\`\`ts ${meta}`, 'export {};', '```', ''];
    const page = [
      '# Example',
      ...fence('title="lib/a.ts"'),
      '<Tabs syncKey="jwt-library">',
      '<TabItem label="jsonwebtoken">',
      ...fence('title="lib/token.ts"'),
      '</TabItem>',
      '<TabItem label="jose">',
      ...fence('title="lib/token.ts"'),
      '</TabItem>',
      '</Tabs>',
      ...fence('title="Action: Sign" outsideApp="runs in the provider’s editor"'),
    ];
    writeFileSync(join(root, 'auth/example.mdx'), page.join('\n'));
    const blocks = readPageBlocks('auth/example.mdx', root);
    rmSync(root, { recursive: true });
    expect(blocks.map((b) => [b.title, b.outsideApp, b.tab?.label])).toEqual([
      ['lib/a.ts', undefined, undefined],
      ['lib/token.ts', undefined, 'jsonwebtoken'],
      ['lib/token.ts', undefined, 'jose'],
      ['Action: Sign', 'runs in the provider’s editor', undefined],
    ]);
  });
});

describe('layOutPage', () => {
  test('behavior: a script marked outside the app is compiled on its own, as CommonJS when it is JavaScript', () => {
    const action = { ...block(5, 'Action: Sign'), lang: 'js', outsideApp: 'runs in the provider’s editor' };
    const [laid] = layOutPage([action]);
    expect(laid?.standalone).toBe(true);
    expect(laid?.source.path).toBe(join(APPS_DIR, 'auth/example/outside/line-5.cjs'));
  });
});

test.each([
  // direct reads, each name once
  ['const a = process.env.NEXT_PUBLIC_URL ?? process.env.NEXT_PUBLIC_URL;', ['NEXT_PUBLIC_URL']],
  // through a helper given the name
  ["const b = requireEnv('DATABASE_URL');", ['DATABASE_URL']],
  // not a read
  ['const c = process.env;', []],
])('envReads(%j)', (code, names) => {
  expect(envReads(code)).toEqual(names);
});

test('importsOf: imports, side-effect imports, require and import()', () => {
  const code =
    "import a from 'next/link';\nimport 'server-only';\nconst b = require('jsonwebtoken');\nawait import('jose');";
  expect(importsOf(code)).toEqual(['next/link', 'server-only', 'jsonwebtoken', 'jose']);
});

test('fenceMeta: key="value" pairs, with spaces and punctuation in values', () => {
  expect(Object.fromEntries(fenceMeta('title="Action: Sign" outsideApp="Auth0’s editor, not the app"'))).toEqual({
    title: 'Action: Sign',
    outsideApp: 'Auth0’s editor, not the app',
  });
});
