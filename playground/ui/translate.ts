import type { MessageKey } from '../i18n/messageKey.ts';

/** One language's island strings: flat dotted keys (`jwt.verify.button`) to text with `{placeholders}`. */
export type Dictionary = Readonly<Record<string, string>>;

export type TranslateParams = Readonly<Record<string, string | number>>;

/** Looks a key up and fills its `{placeholders}`; the reader-facing half of `useT`. */
export type Translate = (key: MessageKey, params?: TranslateParams) => string;

/**
 * Looks `key` up in `dictionary` and fills `{name}` placeholders from `params`. A missing key comes
 * back as the key itself (a content test keeps that from shipping); a placeholder without a value
 * stays as written, so a forgotten parameter shows rather than vanishes.
 *
 * @example
 * translate({ 'jwt.expires': 'Expires in {seconds} s' }, 'jwt.expires', { seconds: 60 }); // 'Expires in 60 s'
 */
export function translate(dictionary: Dictionary, key: string, params: TranslateParams = {}): string {
  const template = dictionary[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    return value === undefined ? placeholder : String(value);
  });
}
