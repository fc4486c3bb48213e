/** The site's two languages, as BCP 47 tags (Starlight's `lang`). */
export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

/** A sentence of catalog prose in both languages. Facts inside it are written in `code`. */
export type Localized = Readonly<Record<Locale, string>>;

/** Maps Starlight's `lang` (or a URL locale such as `zh-cn`) to a catalog locale. */
export function toLocale(lang: string | undefined): Locale {
  return lang?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
