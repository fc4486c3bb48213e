import { describe, expect, test } from 'vitest';
import { otherLanguageHint, searchTermOf, searchUrl } from './otherLanguageHint.ts';

const EN = { one: '{count} match in 简体中文 →', other: '{count} matches in 简体中文 →' };
const ZH = { one: '在 English 版中找到{count}个结果 →', other: '在 English 版中找到{count}个结果 →' };

describe('otherLanguageHint', () => {
  test.each([
    // The other language has more: say how many.
    [{ here: 0, there: 12 }, EN, '12 matches in 简体中文 →'],
    [{ here: 0, there: 1 }, EN, '1 match in 简体中文 →'],
    // Chinese keeps a space between the count and the Han around it.
    [{ here: 3, there: 8 }, ZH, '在 English 版中找到 8 个结果 →'],
    // Twice as many is the least worth a detour.
    [{ here: 4, there: 8 }, EN, '8 matches in 简体中文 →'],
    // Barely more, as many or fewer: nothing to say.
    [{ here: 11, there: 12 }, EN, null],
    [{ here: 4, there: 7 }, ZH, null],
    [{ here: 5, there: 5 }, EN, null],
    [{ here: 6, there: 0 }, ZH, null],
    [{ here: 0, there: 0 }, EN, null],
  ])('default: %o', (counts, templates, expected) => {
    expect(otherLanguageHint(counts, templates)).toBe(expected);
  });
});

describe('search URLs', () => {
  test('default: a query survives the round trip, spaces and Chinese included', () => {
    for (const term of ['RLS', 'Better Auth', '行级安全', 'a&b=c']) {
      const url = new URL(searchUrl('/zh-cn/', term), 'https://site');
      expect(url.pathname).toBe('/zh-cn/');
      expect(searchTermOf(url.search)).toBe(term);
    }
  });

  test('behavior: no query, or only spaces, opens nothing', () => {
    expect(searchTermOf('')).toBeNull();
    expect(searchTermOf('?search=%20%20')).toBeNull();
    expect(searchTermOf('?other=1')).toBeNull();
  });
});
