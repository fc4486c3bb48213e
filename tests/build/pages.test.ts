import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { localeOfPath } from '../../playground/catalog/locale.ts';
import { PROVIDER_IDS } from '../../playground/catalog/providers.ts';
import { INSFORGE_BACKEND } from '../../playground/jwt/insforgeBackend.ts';
import { writtenFor } from '../../src/lib/writtenFor.ts';
import { DIST, readBuilt, sitePages } from './builtSite.ts';
import { islandScripts, pageScripts } from './pageScripts.ts';

const KB = 1024;
/**
 * What a page runs at load, gzipped: Starlight's scripts (theme, table of contents, code copy) and ours.
 * Starlight's search UI (≈ 26 KB) loads on idle and is not counted.
 */
const PAGE_JS_BUDGET = 8 * KB;
/** What a playground island loads when the reader wakes it: the island, React and the shared UI, not viem or PGlite. */
const ISLAND_JS_BUDGET = 105 * KB;
/** React 19's production build links its error decoder; no other code on the site does. */
const REACT_MARKER = 'react.dev/errors';

const hasReact = (files: readonly string[]) =>
  files.some((file) => readFileSync(join(DIST, file), 'utf8').includes(REACT_MARKER));

test.each(sitePages())('%s speaks its language, runs no React at load and stays within its JS budget', (path) => {
  const html = readBuilt(path);
  expect(/^<!DOCTYPE html><html lang="([^"]+)"/i.exec(html)?.[1]).toBe(localeOfPath(path));
  expect(html.match(/<h1\b/g), 'one page title').toHaveLength(1);
  // Islands wake on the reader's first sign of intent, so their code is not part of the page's load.
  for (const [island] of html.matchAll(/<astro-island\b[^>]*>/g)) expect(island).toContain(' client="interaction"');

  const scripts = pageScripts(path);
  expect(scripts.files.length, 'Starlight’s own scripts were found').toBeGreaterThan(0);
  expect(hasReact(scripts.files), 'React waits for an island to wake').toBe(false);
  expect(scripts.gzipBytes).toBeLessThanOrEqual(PAGE_JS_BUDGET);
  for (const island of islandScripts(path)) {
    expect(hasReact(island.files), 'the island brings React').toBe(true);
    expect(island.gzipBytes).toBeLessThanOrEqual(ISLAND_JS_BUDGET);
  }
});

test('every playground page has its island', () => {
  const playgrounds = sitePages().filter((path) => /\/playground\/[^/]+\/$/.test(path) && !path.includes('/compare/'));
  expect(playgrounds).toHaveLength(6);
  for (const path of playgrounds) expect(islandScripts(path), path).toHaveLength(1);
});

const PINNED: Record<string, string> = JSON.parse(
  readFileSync(join(import.meta.dirname, '../guide-apps/package.json'), 'utf8'),
).dependencies;
const guidePages = [...PROVIDER_IDS, 'okx-x402' as const].flatMap((guide) =>
  ['', '/zh-cn'].map((prefix) => [`${prefix}/${guide === 'okx-x402' ? 'payments' : 'auth'}/${guide}/`, guide] as const),
);

test.each(guidePages)('%s names the versions its code is compiled against', (path, guide) => {
  const line = /<p class="written-for[^"]*">([\s\S]*?)<\/p>/.exec(readBuilt(path))?.[1]?.replace(/<[^>]+>/g, '');
  expect(line).toContain(`Next.js ${PINNED.next}`);
  for (const { name } of writtenFor(guide).slice(1)) expect(line).toContain(`${name} ${PINNED[name]}`);
  expect(line).toContain(INSFORGE_BACKEND.version);
});
