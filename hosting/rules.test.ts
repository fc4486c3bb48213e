import { describe, expect, test } from 'vitest';
import { cacheControlFor, headerPolicy, notFoundPageFor } from './rules.ts';

describe('serving rules', () => {
  test("a page's header policy is its meta policy plus frame-ancestors 'none'", () => {
    expect(headerPolicy("default-src 'self'")).toBe("default-src 'self'; frame-ancestors 'none'");
  });

  test('hashed assets are cached for a year; everything else is revalidated', () => {
    expect(cacheControlFor('/_astro/client.D41DiMCH.js')).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor('/auth/clerk/')).toBe('no-cache');
    expect(cacheControlFor('/pagefind/pagefind-entry.json')).toBe('no-cache');
  });

  test('a miss under /zh-cn/ gets the Chinese 404 page, any other miss the English one', () => {
    expect(notFoundPageFor('/zh-cn/nope/')).toBe('/zh-cn/404.html');
    expect(notFoundPageFor('/zh-cn')).toBe('/zh-cn/404.html');
    expect(notFoundPageFor('/nope/')).toBe('/404.html');
    expect(notFoundPageFor('/zh-cnx/')).toBe('/404.html');
  });
});
