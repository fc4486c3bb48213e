import type { Locale } from '../../playground/catalog/locale.ts';

/**
 * A token lifetime in the reader's language, in the largest whole unit.
 *
 * @example
 * formatDuration(3600, 'en'); // '1 h'
 * formatDuration(60, 'zh-CN'); // '60 秒'
 */
export function formatDuration(seconds: number, locale: Locale): string {
  const zh = locale === 'zh-CN';
  if (seconds % 3600 === 0) return zh ? `${seconds / 3600} 小时` : `${seconds / 3600} h`;
  if (seconds % 60 === 0 && seconds >= 120) return zh ? `${seconds / 60} 分钟` : `${seconds / 60} min`;
  return zh ? `${seconds} 秒` : `${seconds} s`;
}
