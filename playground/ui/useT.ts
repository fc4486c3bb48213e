import { use, useCallback } from 'react';
import { type Locale, toLocale } from '../catalog/locale.ts';
import { type Dictionary, type Translate, translate } from './translate.ts';

const lazyDictionaries = import.meta.glob<Dictionary>('../i18n/*.json', { import: 'default' });
const loaded = new Map<Locale, Promise<Dictionary>>();

/** Loads (once) the dictionary of one locale; only that language's strings reach the browser. */
export function loadDictionary(locale: Locale): Promise<Dictionary> {
  const cached = loaded.get(locale);
  if (cached) return cached;
  const load = lazyDictionaries[`../i18n/${locale}.json`];
  if (!load) throw new Error(`No island dictionary for ${locale}`);
  const promise = load();
  // The fields React itself sets once a `use()`d promise settles: a marked promise is read without suspending.
  promise.then((value) => Object.assign(promise, { status: 'fulfilled', value }));
  loaded.set(locale, promise);
  return promise;
}

if (import.meta.env.SSR) {
  // The server renders every island with its strings in place: resolve both languages up front.
  await Promise.all((['en', 'zh-CN'] as const).map(loadDictionary));
} else {
  // Hydration must not suspend: fetch the page's language before any island module finishes loading.
  await loadDictionary(toLocale(document.documentElement.lang));
}

/**
 * The island's translator for `locale`: `t('jwt.verify.button')`, `t('errors.invalid_json')`.
 * Another language (the compare view shows both on one page) suspends until its strings load.
 *
 * @example
 * const t = useT(locale);
 * return <button type="button">{t('ui.copy')}</button>;
 */
export function useT(locale: Locale): Translate {
  const dictionary = use(loadDictionary(locale));
  return useCallback((key, params) => translate(dictionary, key, params), [dictionary]);
}
