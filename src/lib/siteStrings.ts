import en from '../../content/i18n/en.json' with { type: 'json' };
import zh from '../../content/i18n/zh-CN.json' with { type: 'json' };
import type { Locale } from '../../playground/catalog/locale.ts';
import { type TranslateParams, translate } from '../../playground/ui/translate.ts';

type Key = keyof typeof en;
const DICTIONARIES: Record<Locale, Record<Key, string>> = { en, 'zh-CN': zh };

/**
 * The site's own UI strings (`content/i18n/*.json`) for a given language, with `{placeholders}`
 * filled from `params`. Starlight's `Astro.locals.t` always speaks the page's language; catalog
 * tables use this instead, because the compare view renders both languages on one page.
 */
export function siteStrings(locale: Locale): (key: Key, params?: TranslateParams) => string {
  return (key, params) => translate(DICTIONARIES[locale], key, params);
}
