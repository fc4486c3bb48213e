import { spaceHanLatin } from './spaceHanLatin.ts';

/** Units from the largest down, with their length in seconds. */
const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 31_536_000],
  ['day', 86_400],
  ['hour', 3600],
  ['minute', 60],
];

/**
 * Says how far `seconds` (negative: in the past) lies from now in the reader's language, in the
 * largest whole unit, so "in 59 seconds", "3 hours ago", "2 天后" (spaced as the site spaces Chinese,
 * where `Intl` writes "2天后").
 *
 * @example
 * formatRelativeTime(-7200, 'en'); // '2 hours ago'
 */
export function formatRelativeTime(seconds: number, locale: string): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
  for (const [unit, length] of UNITS) {
    if (Math.abs(seconds) >= length) return spaceHanLatin(format.format(Math.trunc(seconds / length), unit));
  }
  return spaceHanLatin(format.format(seconds, 'second'));
}
