import { compareHref, pageHref } from './docsPairs.ts';

/** What a Chinese page tells its reader when the English original changed after it was translated. */
export interface TranslationNotice {
  /** When the English original was last changed. */
  readonly originalUpdated: Date;
  /** The English original. */
  readonly originalHref: string;
  /** The side-by-side view, in Chinese, where the reader can spot what changed. */
  readonly compareHref: string;
}

/** Last-commit dates of a page pair; `undefined` when git has no history for the file. */
export interface PairDates {
  readonly original: Date | undefined;
  readonly translation: Date | undefined;
}

/**
 * The notice for the Chinese page of `slug`, or `undefined` when the translation is at least as
 * new as its original. Without both dates there is nothing to compare, so there is no notice.
 *
 * @example
 * translationNotice('auth/clerk', { original: new Date('2026-03-01'), translation: new Date('2026-02-01') });
 * // { originalUpdated: 2026-03-01, originalHref: '/auth/clerk/', compareHref: '/zh-cn/compare/auth/clerk/' }
 */
export function translationNotice(slug: string, { original, translation }: PairDates): TranslationNotice | undefined {
  if (!original || !translation || translation >= original) return undefined;
  return { originalUpdated: original, originalHref: pageHref(slug, 'en'), compareHref: compareHref(slug, 'zh-CN') };
}
