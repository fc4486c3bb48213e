import { expect, test } from 'vitest';
import { builtFile, readBuilt, sitePages } from './builtSite.ts';

/**
 * The links validator checks the Markdown's links at build time; this checks what components and
 * Starlight add around it (sidebars, language pickers, compare views, "Try it" links, 404 pages).
 */
test('every link on every page leads to a file of the build', () => {
  const origin = 'http://site';
  const broken = new Set<string>();
  let checked = 0;
  for (const page of sitePages()) {
    for (const [, href = ''] of readBuilt(page).matchAll(/<a\b[^>]*\shref="([^"]*)"/g)) {
      const url = new URL(href.replaceAll('&amp;', '&'), origin + page);
      if (url.origin !== origin) continue;
      checked++;
      if (!builtFile(url.pathname)) broken.add(`${page} → ${url.pathname}`);
    }
  }
  expect(checked, 'links found on the pages').toBeGreaterThan(1000);
  expect([...broken]).toEqual([]);
});
