import type { Locale } from '../catalog/locale.ts';
import type { Dictionary } from './translate.ts';

const lazyDictionaries = import.meta.glob<Dictionary>('../i18n/*.json', { import: 'default' });
const loaded = new Map<Locale, Promise<Dictionary>>();

/**
 * Loads (once) the island dictionary of one locale; only that language's strings reach the browser.
 * Used by the islands (`useT`) and by the WebMCP tools, which answer in the page's language.
 */
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
