import { localeOfPath } from '../../playground/catalog/locale.ts';
import { docsId, unlocalizedSlug } from '../lib/docsPairs.ts';

const COMPARE = /^compare(\/|$)/;

/**
 * The name of the card image for a docs entry id (`zh-cn/auth/clerk`, `index`) or a Starlight route id
 * (`''`, `zh-cn`, `compare/auth/clerk`): the page's slug with its locale, `index` for a landing page.
 * A compare view shows its page's card: it is that page, side by side with its translation.
 * @example ogImageSlug('zh-cn/compare/auth/clerk') // 'zh-cn/auth/clerk'
 */
export function ogImageSlug(id: string): string {
  const slug = unlocalizedSlug(id).replace(COMPARE, '') || 'index';
  return docsId(slug, localeOfPath(id));
}

/**
 * Where the card of a page is served from the site root.
 * @example ogImagePath('') // '/og/index.png'
 */
export function ogImagePath(id: string): string {
  return `/og/${ogImageSlug(id)}.png`;
}
