import { expect, test } from 'vitest';
import { localeOfPath } from '../../playground/catalog/locale.ts';
import { isNotFoundPath as isNotFound } from '../../src/lib/pageKinds.ts';
import { pngSize } from '../fixtures/pngSize.ts';
import { readBuilt, readBuiltBytes, sitePages } from './builtSite.ts';

const SITE = 'https://integrations.insforge.dev';
/** Pages that can be shared; a not-found page has no card of its own. */
const pages = sitePages().filter((path) => !isNotFound(path));

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

const cardOf = (path: string) => metaTags(readBuilt(path)).find(([key]) => key === 'og:image')?.[1];

test.each(pages)('%s has its Open Graph card, a 1200×630 PNG', (path) => {
  const meta = metaTags(readBuilt(path));
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
  const chinese = localeOfPath(path) === 'zh-CN';
  expect(one('og:image:alt')).toContain(chinese ? 'InsForge 集成' : 'InsForge Integrations');
  expect(image.pathname.startsWith('/og/zh-cn/')).toBe(chinese);
  expect(pngSize(readBuiltBytes(image.pathname))).toEqual({ width: 1200, height: 630 });
});

test('a compare view shares the card of the page it compares', () => {
  expect(cardOf('/compare/auth/clerk/')).toBe(cardOf('/auth/clerk/'));
  expect(cardOf('/zh-cn/compare/auth/clerk/')).toBe(cardOf('/zh-cn/auth/clerk/'));
  expect(cardOf('/zh-cn/auth/clerk/')).not.toBe(cardOf('/auth/clerk/'));
});

test('a not-found page advertises no card', () => {
  const notFound = sitePages().filter(isNotFound);
  expect(notFound.length).toBeGreaterThan(0);
  for (const path of notFound) {
    expect(metaTags(readBuilt(path)).filter(([key]) => key.endsWith(':image'))).toEqual([]);
  }
});
