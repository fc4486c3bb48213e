import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { EnvVar } from '../../playground/catalog/guideFacts.ts';
import { GUIDES } from '../../playground/catalog/guides/index.ts';
import { OKX_X402 } from '../../playground/catalog/okxX402.ts';
import type { ProviderId } from '../../playground/catalog/providers.ts';
import { type GuideId, writtenFor } from '../../src/lib/writtenFor.ts';
import { compileGuideApps, type Finding, WORKSPACE } from './compileGuideApps.ts';
import { DOCS_DIR, ZH_DIR } from './docsSource.ts';
import {
  COMPILED,
  envDefines,
  envReads,
  importsOf,
  isAppFile,
  type LaidOutBlock,
  layOutPage,
  pagesWithCode,
  readPageBlocks,
  SCRIPT_LANGS,
  STANDALONE_OPTIONS,
} from './guideBlocks.ts';

// Every script block of every page is compiled as the reader would use it: as the file its title names,
// in a small Next.js app per page, against the exact package versions in tests/guide-apps/package.json.
// The English pages stand for both languages: pagePairs.test.ts proves the Chinese twins carry the same blocks.
if (!existsSync(join(WORKSPACE, 'node_modules'))) {
  throw new Error('The guide apps’ packages are not installed: run `npm run guides:install` (npm test runs it).');
}

const pages = pagesWithCode().map((page) => ({ page, blocks: readPageBlocks(page) }));
const laidOut = pages.flatMap(({ blocks }) => layOutPage(blocks));
const reports = new Map([
  ...compileGuideApps(laidOut.filter((l) => !l.standalone).map((l) => l.source)),
  ...compileGuideApps(
    laidOut.filter((l) => l.standalone).map((l) => l.source),
    STANDALONE_OPTIONS,
  ),
]);

/** `auth/workos.mdx:206 proxy.ts (jose)`: where a reader finds the block, and which tabs it was compiled with. */
const nameOf = ({ block, variant }: LaidOutBlock) =>
  `${block.page}:${block.line} ${block.title ?? block.lang}${variant.length ? ` (${variant.join(', ')})` : ''}`;
/** A finding at the page line it points to: `auth/clerk.mdx:160 TS2353 Object literal may only…`. */
const located = ({ block }: LaidOutBlock, f: Finding) =>
  `${block.page}:${block.line + f.line} TS${f.code} ${f.message}`;

const compiled = laidOut.map((l) => ({ name: nameOf(l), laid: l }));

test('every script block is a file of its page’s app, or is marked outside it with a reason', () => {
  const unaccounted = pages.flatMap(({ blocks }) =>
    blocks.filter((b) => SCRIPT_LANGS.has(b.lang) && !isAppFile(b) && !b.outsideApp).map((b) => `${b.page}:${b.line}`),
  );
  expect(unaccounted).toEqual([]);
});

test('the blocks marked outside the apps, and why', () => {
  const marked = pages.flatMap(({ blocks }) =>
    blocks.flatMap((b) =>
      b.outsideApp ? [`${b.page} ${b.title ?? b.lang}${b.tab ? ` (${b.tab.label})` : ''}: ${b.outsideApp}`] : [],
    ),
  );
  expect(marked).toMatchInlineSnapshot(`
    [
      "auth/auth0.mdx Action: Generate InsForge Token (jsonwebtoken): Auth0 Action: runs in Auth0’s editor, which supplies event and api",
      "auth/auth0.mdx Action: Generate InsForge Token (jose): Auth0 Action: runs in Auth0’s editor, which supplies event and api",
      "payments/okx-x402.mdx .env.local: one line to change in the .env.local above, for local development",
    ]
  `);
});

// Next.js 16 still runs these files but prints a deprecation warning; the compiler cannot see file names.
const DEPRECATED_FILE_NAMES = new Map([[/^(src\/)?middleware\.[jt]s$/, 'proxy.ts']]);

test('no app file has a name Next.js marks deprecated', () => {
  const deprecated = compiled.flatMap(({ name, laid }) =>
    [...DEPRECATED_FILE_NAMES].flatMap(([pattern, current]) =>
      pattern.test(laid.block.title ?? '') ? [`${name}: name it ${current}`] : [],
    ),
  );
  expect(deprecated).toEqual([]);
});

describe.each(compiled)('$name', ({ laid }) => {
  const report = reports.get(laid.source.path);

  test('compiles with --strict against the pinned packages', () => {
    expect(report?.errors.map((f) => located(laid, f))).toEqual([]);
  });

  test('uses no API its package marks @deprecated', () => {
    expect(report?.deprecations.map((f) => located(laid, f))).toEqual([]);
  });
});

// A guide reads its variables in code only after the reader has filled `.env.local`, names them all there,
// and says in its variables table where each one comes from. Scripts under `scripts/` are run from a
// shell that passes their variables for one command (a secret the app must not keep, for example).
const guides = pages.filter(({ page }) => /^(auth|payments)\//.test(page));

describe.each(guides)('$page', ({ page, blocks }) => {
  const source = readFileSync(join(DOCS_DIR, page), 'utf8');
  const appFiles = blocks.filter(isAppFile);
  const envFile = appFiles.find((b) => b.title === '.env.local');
  const readers = appFiles.filter(
    (b) => COMPILED.test(b.title ?? '') && !b.title?.startsWith('scripts/') && envReads(b.code).length > 0,
  );

  test('sets its environment variables before the first code that reads them', () => {
    expect(envFile?.line).toBeLessThan(readers[0]?.line ?? Number.POSITIVE_INFINITY);
  });

  test('names every variable its code reads in .env.local', () => {
    const defined = new Set(envDefines(envFile?.code ?? ''));
    const missing = readers.flatMap((b) =>
      envReads(b.code)
        .filter((name) => !defined.has(name))
        .map((name) => `${b.title}: ${name}`),
    );
    expect(missing).toEqual([]);
  });

  test('says where each variable of .env.local comes from', () => {
    const table = new Set(envTableOf(source).map((v) => v.name));
    expect(envDefines(envFile?.code ?? '').filter((name) => !table.has(name))).toEqual([]);
  });

  test('shows in both languages which versions it is written for, naming packages its code imports', () => {
    const guide = /<WrittenFor guide="([\w-]+)" \/>/.exec(source)?.[1] as GuideId | undefined;
    if (!guide) expect.fail(`${page} shows no <WrittenFor guide="…" />`);
    expect(readFileSync(join(ZH_DIR, page), 'utf8')).toContain(`<WrittenFor guide="${guide}" />`);
    const imported = blocks.flatMap((b) => importsOf(b.code));
    // Next.js is the framework the files are laid out for: an app's route handlers need not import it.
    const packages = writtenFor(guide).filter(({ name }) => name !== 'next');
    const unused = packages.filter(({ name }) => !imported.some((i) => i === name || i.startsWith(`${name}/`)));
    expect(unused).toEqual([]);
  });
});

/** The variables the page's `<EnvTable provider="…" />` lists, with where each comes from. */
function envTableOf(source: string): readonly EnvVar[] {
  const provider = /<EnvTable provider="([\w-]+)"/.exec(source)?.[1];
  if (provider === 'okx-x402') return OKX_X402.envVars;
  return provider && provider in GUIDES ? GUIDES[provider as ProviderId].envVars : [];
}
