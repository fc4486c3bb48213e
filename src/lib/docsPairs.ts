import type { CollectionEntry } from 'astro:content';
import type { Locale } from '../../playground/catalog/locale.ts';

type Doc = CollectionEntry<'docs'>;

/** An English page and its Chinese twin. `slug` is the English id (`''` for the landing page). */
export interface DocsPair {
  readonly slug: string;
  readonly en: Doc;
  readonly zh: Doc;
}

const ZH_PREFIX = 'zh-cn';

/** The page's slug without its locale: `zh-cn/auth/clerk` → `auth/clerk`, `zh-cn` → `''`. */
export function unlocalizedSlug(id: string): string {
  if (id === ZH_PREFIX) return '';
  if (id.startsWith(`${ZH_PREFIX}/`)) return id.slice(ZH_PREFIX.length + 1);
  return id === 'index' ? '' : id;
}

/** Pairs every English page with its Chinese twin; a page without a twin is a content error. */
export function docsPairs(docs: readonly Doc[]): DocsPair[] {
  const zhBySlug = new Map(docs.filter((d) => isChinese(d.id)).map((d) => [unlocalizedSlug(d.id), d]));
  return docs
    .filter((d) => !isChinese(d.id))
    .map((en) => {
      const slug = unlocalizedSlug(en.id);
      const zh = zhBySlug.get(slug);
      if (!zh) throw new Error(`content/docs/${en.id} has no Chinese twin under content/docs/zh-cn/`);
      return { slug, en, zh };
    });
}

/** The URL of a page in a locale, with the site's trailing slash. */
export function pageHref(slug: string, locale: Locale): string {
  const prefix = locale === 'zh-CN' ? `/${ZH_PREFIX}/` : '/';
  return slug ? `${prefix}${slug}/` : prefix;
}

/** The URL of a page's compare view, in the reader's locale. */
export function compareHref(slug: string, locale: Locale): string {
  return pageHref(slug ? `compare/${slug}` : 'compare', locale);
}

function isChinese(id: string): boolean {
  return id === ZH_PREFIX || id.startsWith(`${ZH_PREFIX}/`);
}
