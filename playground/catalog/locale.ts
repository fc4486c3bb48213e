/** The site's two languages, as BCP 47 tags (Starlight's `lang`). */
export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

/** A sentence of catalog prose in both languages. Facts inside it are written in `code`. */
export type Localized = Readonly<Record<Locale, string>>;

/**
 * Where each language lives, in URLs and under `content/docs/`: English at the root, Chinese under
 * `zh-cn/`. Every other module asks the functions below instead of spelling the prefix out.
 */
const LOCALE_DIRS: Readonly<Record<Locale, string>> = { en: '', 'zh-CN': 'zh-cn' };

/** Each language's name, written in that language, as the language picker shows it. */
export const LOCALE_LABELS: Readonly<Record<Locale, string>> = { en: 'English', 'zh-CN': '简体中文' };

/** Starlight's `locales` option: each language keyed by its directory (`root` for the one at the root). */
export const STARLIGHT_LOCALES = {
  root: { label: LOCALE_LABELS.en, lang: 'en' },
  [LOCALE_DIRS['zh-CN']]: { label: LOCALE_LABELS['zh-CN'], lang: 'zh-CN' },
};

/**
 * The site's other language: every page has a twin in it.
 *
 * @example
 * otherLocale('en'); // 'zh-CN'
 */
export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'zh-CN' : 'en';
}

/** A path that starts with the Chinese directory, with or without a leading slash. */
const CHINESE_PREFIX = new RegExp(`^(/?)${LOCALE_DIRS['zh-CN']}(?:/|$)`);

/** Maps Starlight's `lang` (or a URL locale such as `zh-cn`) to a catalog locale. */
export function toLocale(lang: string | undefined): Locale {
  return lang?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/**
 * The language of a URL path, a build route or a docs entry id.
 *
 * @example
 * localeOfPath('/zh-cn/auth/clerk/'); // 'zh-CN'
 * localeOfPath('zh-cn'); // 'zh-CN'
 * localeOfPath('auth/clerk'); // 'en'
 */
export function localeOfPath(path: string): Locale {
  return CHINESE_PREFIX.test(path) ? 'zh-CN' : 'en';
}

/**
 * A path without its language, keeping its leading slash if it had one.
 *
 * @example
 * unlocalizedPath('/zh-cn/auth/clerk/'); // '/auth/clerk/'
 * unlocalizedPath('zh-cn/auth/clerk'); // 'auth/clerk'
 * unlocalizedPath('zh-cn'); // ''
 */
export function unlocalizedPath(path: string): string {
  return path.replace(CHINESE_PREFIX, '$1');
}

/**
 * A site path (leading slash, no language) in `locale`.
 *
 * @example
 * localePath('/auth/clerk/', 'zh-CN'); // '/zh-cn/auth/clerk/'
 * localePath('/', 'en'); // '/'
 */
export function localePath(path: string, locale: Locale): string {
  const dir = LOCALE_DIRS[locale];
  return dir ? `/${dir}${path}` : path;
}
