import { use, useCallback } from 'react';
import { toLocale } from '../catalog/locale.ts';
import { loadDictionary } from './loadDictionary.ts';
import { useLocale } from './locale.tsx';
import { type Translate, translate } from './translate.ts';

if (import.meta.env.SSR) {
  // The server renders every island with its strings in place: resolve both languages up front.
  await Promise.all((['en', 'zh-CN'] as const).map(loadDictionary));
} else {
  // Hydration must not suspend: fetch the page's language before any island module finishes loading.
  await loadDictionary(toLocale(document.documentElement.lang));
}

/**
 * The translator for the island's language (`LocaleProvider`): `t('jwt.verify.button')`.
 * Another language (the compare view shows both on one page) suspends until its strings load.
 *
 * @example
 * const t = useT();
 * return <button type="button">{t('ui.copy')}</button>;
 */
export function useT(): Translate {
  const dictionary = use(loadDictionary(useLocale()));
  return useCallback((key, params) => translate(dictionary, key, params), [dictionary]);
}
