import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { translate } from '../../playground/ui/translate.ts';

export type IslandLocale = 'en' | 'zh-CN';

/** The wcag and best-practice tags every axe check on this site runs. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Axe reports only what failed, instead of listing every passing node: a third faster on a long page. */
export const VIOLATIONS_ONLY = { resultTypes: ['violations' as const] };

/** Axe over a playground island (`.pg-root`) with the site's tags, reporting violations only. */
export function islandAxe(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).include('.pg-root').withTags(AXE_TAGS).options(VIOLATIONS_ONLY);
}

const DICTIONARIES: Record<IslandLocale, Record<string, string>> = {
  en: JSON.parse(readFileSync(join(import.meta.dirname, '../../playground/i18n/en.json'), 'utf8')),
  'zh-CN': JSON.parse(readFileSync(join(import.meta.dirname, '../../playground/i18n/zh-CN.json'), 'utf8')),
};

/** An island's string for `key` with its placeholders filled by the islands' own `translate()`, as the reader sees it. */
export function text(locale: IslandLocale, key: string, params: Record<string, string | number> = {}): string {
  const dictionary = DICTIONARIES[locale];
  if (dictionary[key] === undefined) throw new Error(`no string ${key}`);
  return translate(dictionary, key, params);
}
