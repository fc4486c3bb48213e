import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { isNotFoundPath as isNotFound } from '../../src/lib/pageKinds.ts';
import { pngSize } from '../fixtures/pngSize.ts';
import { sitePages } from './sitePages.ts';

const SITE = 'https://integrations.insforge.dev';
const DIST = join(import.meta.dirname, '../../dist');
/** Pages that can be shared; a not-found page has no card of its own. */
const pages = sitePages().filter((path) => !isNotFound(path));
const isChinese = (path: string) => path.startsWith('/zh-cn/');

/** Every `<meta>` of a page as `[property or name, content]`, entities decoded. */
function metaTags(html: string): [string, string][] {
  const decode = (s: string) =>
    s.replace(
      /&(amp|quot|#39|lt|gt);/g,
      (_, e: string) => ({ amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>' })[e] ?? _,
    );
  return [...html.matchAll(/<meta\b[^>]*>/g)].flatMap(([tag]) => {
    const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
    const key = attr('property') ?? attr('name');
    const content = attr('content');
    return key && content !== undefined ? [[key, decode(content)] as [string, string]] : [];
  });
}

for (const path of pages) {
  test(`${path} has its Open Graph card, a 1200×630 PNG`, async ({ request }) => {
    const meta = metaTags(await (await request.get(path)).text());
    const one = (key: string) => {
      const values = meta.filter(([k]) => k === key).map(([, v]) => v);
      expect(values, key).toHaveLength(1);
      return values[0] ?? '';
    };
    const image = new URL(one('og:image'));
    expect(image.origin).toBe(SITE);
    expect(one('twitter:image')).toBe(image.href);
    expect(one('twitter:card')).toBe('summary_large_image');
    expect([one('og:image:width'), one('og:image:height'), one('og:image:type')]).toEqual(['1200', '630', 'image/png']);
    // The alt names the page in the page's language; a compare view shows the page it compares.
    const alt = one('og:image:alt');
    expect(alt).toContain(isChinese(path) ? 'InsForge 集成' : 'InsForge Integrations');
    expect(image.pathname.startsWith('/og/zh-cn/')).toBe(isChinese(path));

    expect(existsSync(join(DIST, image.pathname)), `dist${image.pathname}`).toBe(true);
    const response = await request.get(image.pathname);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
  });
}

test('a compare view shares the card of the page it compares', async ({ request }) => {
  const image = async (path: string) =>
    metaTags(await (await request.get(path)).text()).find(([key]) => key === 'og:image')?.[1];
  expect(await image('/compare/auth/clerk/')).toBe(await image('/auth/clerk/'));
  expect(await image('/zh-cn/compare/auth/clerk/')).toBe(await image('/zh-cn/auth/clerk/'));
  expect(await image('/zh-cn/auth/clerk/')).not.toBe(await image('/auth/clerk/'));
});

test('a not-found page advertises no card', async ({ request }) => {
  const notFound = sitePages().filter(isNotFound);
  expect(notFound.length).toBeGreaterThan(0);
  for (const path of notFound) {
    expect(metaTags(await (await request.get(path)).text()).filter(([key]) => key.endsWith(':image'))).toEqual([]);
  }
});
