import { expect, test } from 'vitest';
import { localeOfPath, localePath, otherLocale, STARLIGHT_LOCALES, toLocale, unlocalizedPath } from './locale.ts';

test.each([
  ['/zh-cn/auth/clerk/', 'zh-CN'],
  ['zh-cn/auth/clerk', 'zh-CN'],
  ['/zh-cn/', 'zh-CN'],
  ['zh-cn', 'zh-CN'],
  ['/', 'en'],
  ['auth/clerk', 'en'],
  ['/compare/zh-cn-notes/', 'en'],
  ['/zh-cnx/', 'en'],
])('behavior: %s is %s', (path, locale) => {
  expect(localeOfPath(path)).toBe(locale);
});

test.each([
  ['/zh-cn/auth/clerk/', '/auth/clerk/'],
  ['zh-cn/auth/clerk', 'auth/clerk'],
  ['/zh-cn/', '/'],
  ['zh-cn', ''],
  ['/auth/clerk/', '/auth/clerk/'],
])('behavior: %s without its language is %s', (path, unlocalized) => {
  expect(unlocalizedPath(path)).toBe(unlocalized);
});

test('behavior: a path goes to each language and back', () => {
  for (const locale of ['en', 'zh-CN'] as const) {
    const path = localePath('/payments/okx-x402/', locale);
    expect(localeOfPath(path)).toBe(locale);
    expect(unlocalizedPath(path)).toBe('/payments/okx-x402/');
  }
  expect(localePath('/', 'zh-CN')).toBe('/zh-cn/');
});

test('behavior: Starlight serves each language from the directory the paths use', () => {
  for (const [dir, { lang }] of Object.entries(STARLIGHT_LOCALES)) {
    expect(toLocale(lang)).toBe(localeOfPath(dir === 'root' ? '/' : `/${dir}/`));
  }
});

test('default: the other language of each is the other one', () => {
  expect(otherLocale('en')).toBe('zh-CN');
  expect(otherLocale('zh-CN')).toBe('en');
});
