import type { CollectionEntry } from 'astro:content';
import { type Locale, localeOfPath, localePath, unlocalizedPath } from '../../playground/catalog/locale.ts';

type Doc = CollectionEntry<'docs'>;

/** An English page and its Chinese twin. `slug` is the English id (`''` for the landing page). */
export interface DocsPair {
  readonly slug: string;
  readonly en: Doc;
  readonly zh: Doc;
}

/** The page's slug without its locale: `zh-cn/auth/clerk` → `auth/clerk`, `zh-cn` and `index` → `''`. */
export function unlocalizedSlug(id: string): string {
  const slug = unlocalizedPath(id);
  return slug === 'index' ? '' : slug;
}

/** The docs entry id of a page in a locale: `docsId('auth/clerk', 'zh-CN')` → `zh-cn/auth/clerk`. */
export function docsId(slug: string, locale: Locale): string {
  return localePath(`/${slug}`, locale).slice(1);
}

/** Pairs every English page with its Chinese twin; a page without a twin is a content error. */
export function docsPairs(docs: readonly Doc[]): DocsPair[] {
  const zhBySlug = new Map(docs.filter((d) => localeOfPath(d.id) === 'zh-CN').map((d) => [unlocalizedSlug(d.id), d]));
  return docs
    .filter((d) => localeOfPath(d.id) === 'en')
    .map((en) => {
      const slug = unlocalizedSlug(en.id);
      const zh = zhBySlug.get(slug);
      if (!zh) throw new Error(`content/docs/${en.id} has no Chinese twin at content/docs/${docsId(slug, 'zh-CN')}`);
      return { slug, en, zh };
    });
}

/** The URL of a page in a locale, with the site's trailing slash. */
export function pageHref(slug: string, locale: Locale): string {
  return localePath(slug ? `/${slug}/` : '/', locale);
}

/** The URL of a page's compare view, in the reader's locale. */
export function compareHref(slug: string, locale: Locale): string {
  return pageHref(slug ? `compare/${slug}` : 'compare', locale);
}
