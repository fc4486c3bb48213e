import { type Locale, localeOfPath } from '../../playground/catalog/locale.ts';

/**
 * The language a component should speak: the `locale` prop the build gives components inside
 * pages (see `pageLocalePlugin`), or else the language of the URL being rendered.
 */
export function pageLocale(locale: Locale | undefined, url: URL): Locale {
  return locale ?? localeOfPath(url.pathname);
}
