import { expect, test } from 'vitest';
import { localeOfPath, localePath, otherLocale, unlocalizedPath } from '../../playground/catalog/locale.ts';
import { isDocsPage } from '../../src/lib/pageKinds.ts';
import { HEADING_TWINS_ID } from '../../src/lib/pairHeadings.ts';
import { readBuilt, sitePages } from './builtSite.ts';

const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
/** The page's own section headings, as Starlight wraps them (not "On this page", not an island's). */
const sectionHeadings = (html: string) =>
  [...html.matchAll(/sl-heading-wrapper level-h[2-6][^"]*"><h[2-6] id="([^"]+)"/g)].map((m) => m[1]);
const twinsOf = (html: string): [string, string][] =>
  JSON.parse(
    new RegExp(`<script type="application/json" id="${HEADING_TWINS_ID}">(.*?)</script>`).exec(html)?.[1] ?? '[]',
  );
const twinPath = (path: string) => localePath(unlocalizedPath(path), otherLocale(localeOfPath(path)));

const docsPages = sitePages().filter(isDocsPage);

test.each(docsPages)('%s pairs every section heading with a heading of its twin', (path) => {
  const html = readBuilt(path);
  const twinIds = ids(readBuilt(twinPath(path)));
  const pairs = twinsOf(html);
  expect(pairs.map(([id]) => id)).toEqual(sectionHeadings(html));
  for (const [, twin] of pairs) expect(twinIds.has(twin), `${twin} is on ${twinPath(path)}`).toBe(true);
});
