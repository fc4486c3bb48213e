import { expect, test } from 'vitest';
import { formatRelativeTime } from './formatRelativeTime.ts';

test.each([
  // Under a minute stays in seconds, both directions.
  [59, 'en', 'in 59 seconds'],
  [-1, 'en', '1 second ago'],
  // The largest whole unit wins, truncated rather than rounded up.
  [-7199, 'en', '1 hour ago'],
  [3600, 'en', 'in 1 hour'],
  [-86_400 * 3, 'en', '3 days ago'],
  [31_536_000 * 2, 'en', 'in 2 years'],
  // The reader's language, with the space Chinese puts between a number and its unit.
  [120, 'zh-CN', '2 分钟后'],
  [-86_400, 'zh-CN', '1 天前'],
])('behavior: %i s in %s → %s', (seconds, locale, expected) => {
  expect(formatRelativeTime(seconds, locale)).toBe(expected);
});
