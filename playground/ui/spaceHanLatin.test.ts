import { expect, test } from 'vitest';
import { gapBetween, spaceHanLatin } from './spaceHanLatin.ts';

test.each([
  // Han next to a Latin letter or a digit, in either order, takes a space.
  ['拒', 'C', ' '],
  ['0', '秒', ' '],
  // So does the rest of ASCII: inline code in catalog prose, the slash that ends a URL.
  ['如', '`', ' '],
  ['/', '使', ' '],
  // Han next to Han, punctuation or nothing does not.
  ['拒', '令', ''],
  ['：', 'C', ''],
  ['C', '”', ''],
  [undefined, 'C', ''],
])('behavior: gapBetween(%s, %s) is %j', (left, right, gap) => {
  expect(gapBetween(left, right)).toBe(gap);
});

test.each([
  ['2小时前', '2 小时前'],
  ['30秒钟后', '30 秒钟后'],
  // Already spaced, and text without Han, stay as they are.
  ['2 小时前', '2 小时前'],
  ['2 hours ago', '2 hours ago'],
])('behavior: spaceHanLatin(%s)', (text, expected) => {
  expect(spaceHanLatin(text)).toBe(expected);
});
