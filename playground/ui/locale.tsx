import { createContext, type ReactNode, useContext } from 'react';
import type { Locale } from '../catalog/locale.ts';

/** The island's language. Outside a provider (a panel rendered alone) it is English. */
const LocaleContext = createContext<Locale>('en');

/**
 * Gives every panel below it the island's language, so panels call `useT()` and `useLocale()`
 * instead of passing `t` and `locale` down. The compare view shows both languages on one page:
 * each island has its own provider.
 *
 * @example
 * <LocaleProvider locale="zh-CN"><VerifyPanel /></LocaleProvider>
 */
export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext value={locale}>{children}</LocaleContext>;
}

/** The island's language, for dates, numbers and `lang` attributes. */
export function useLocale(): Locale {
  return useContext(LocaleContext);
}
