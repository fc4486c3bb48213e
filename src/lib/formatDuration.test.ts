import { expect, test } from 'vitest';
import { formatDuration } from './formatDuration.ts';

test.each([
  [60, 'en', '60 s'],
  [60, 'zh-CN', '60 秒'],
  [300, 'en', '5 min'],
  [3600, 'en', '1 h'],
  [3600, 'zh-CN', '1 小时'],
  [90, 'en', '90 s'],
] as const)('formatDuration(%i, %s) = %s', (seconds, locale, text) => {
  expect(formatDuration(seconds, locale)).toBe(text);
});
