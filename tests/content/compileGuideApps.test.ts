import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { APPS_DIR, type AppSource, compileGuideApps } from './compileGuideApps.ts';
import {
  assembleApps,
  envReads,
  fenceMeta,
  importsOf,
  layOutPage,
  type PageBlock,
  readPageBlocks,
} from './guideApps.ts';

/** The WorkOS guide's first app, with one file's code changed by `edit`, moved to a folder of its own. */
function workosAppWith(folder: string, file: string, edit: (code: string) => string): AppSource[] {
  const [first] = assembleApps(readPageBlocks('auth/workos.mdx'));
  const root = join(APPS_DIR, 'harness', folder);
  return [...(first?.files ?? [])]
    .filter(([path]) => /\.tsx?$/.test(path))
    .map(([path, block]) => ({
      path: join(root, path),
      appRoot: root,
      code: path === file ? edit(block.code) : block.code,
    }));
}

// One program for every case below, as the content test compiles all apps at once.
const wrongOption = workosAppWith('wrong-option', 'lib/insforge.ts', (code) => code.replace('anonKey:', 'anonKeys:'));
const deprecated = workosAppWith('deprecated', 'proxy.ts', (code) =>
  code.replaceAll('authkitProxy', 'authkitMiddleware'),
);
const unpinned: AppSource = {
  path: join(APPS_DIR, 'harness/unpinned/lib/pay.ts'),
  appRoot: join(APPS_DIR, 'harness/unpinned'),
  // Installed for the site itself, not in the test workspace: a guide cannot rely on it unpinned.
  code: "import { wrapFetchWithPayment } from '@x402/fetch';\nexport const pay = wrapFetchWithPayment;\n",
};
const reports = compileGuideApps([...wrongOption, ...deprecated, unpinned]);
const reportOf = (sources: AppSource[], file: string) =>
  reports.get(sources.find((s) => s.path.endsWith(`/${file}`))?.path ?? '');

describe('compileGuideApps', () => {
  test('error: a wrong option in a copy of a guide block fails, at its line', () => {
    const errors = reportOf(wrongOption, 'lib/insforge.ts')?.errors ?? [];
    expect(errors.map((e) => e.code)).toEqual([2561]);
    expect(errors[0]?.message).toMatch(/'anonKeys' does not exist .* Did you mean to write 'anonKey'/s);
    expect(errors[0]?.line).toBe(11);
  });

  test('default: the untouched files of that app compile', () => {
    const others = wrongOption.filter((s) => !s.path.endsWith('/lib/insforge.ts'));
    expect(others.length).toBeGreaterThan(3);
    expect(others.flatMap((s) => reports.get(s.path)?.errors ?? [])).toEqual([]);
  });

  test('behavior: an API its package marks @deprecated is reported, where it is used', () => {
    const report = reportOf(deprecated, 'proxy.ts');
    expect(report?.errors).toEqual([]);
    expect(report?.deprecations.map((d) => `${d.line} TS${d.code} ${d.message}`)).toEqual([
      "1 TS6385 'authkitMiddleware' is deprecated.",
      "3 TS6385 'authkitMiddleware' is deprecated.",
    ]);
  });

  test('error: a package the test workspace does not pin is not found, even when the site has it', () => {
    expect(reports.get(unpinned.path)?.errors.map((e) => e.code)).toEqual([2307]);
  });
});

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
