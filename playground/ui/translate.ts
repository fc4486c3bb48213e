import type { MessageKey } from '../i18n/messageKey.ts';
import { gapBetween } from './spaceHanLatin.ts';

/** One language's island strings: flat dotted keys (`jwt.verify.button`) to text with `{placeholders}`. */
export type Dictionary = Readonly<Record<string, string>>;

export type TranslateParams = Readonly<Record<string, string | number>>;

/** Looks a key up and fills its `{placeholders}`; the reader-facing half of `useT`. */
export type Translate = (key: MessageKey, params?: TranslateParams) => string;

/**
 * Looks `key` up in `dictionary` and fills `{name}` placeholders from `params`. A missing key comes
 * back as the key itself (a content test keeps that from shipping); a placeholder without a value
 * stays as written, so a forgotten parameter shows rather than vanishes. A value that starts or ends
 * with a Latin letter or digit where the template has Han gets a space there, so Chinese templates
 * write `拒绝{token}` and read right whether the value is "Clerk 会话令牌" or "令牌".
 *
 * @example
 * translate({ 'jwt.expires': 'Expires in {seconds} s' }, 'jwt.expires', { seconds: 60 }); // 'Expires in 60 s'
 * translate({ 'jwt.expires': '{seconds}秒后过期' }, 'jwt.expires', { seconds: 60 }); // '60 秒后过期'
 */
export function translate(dictionary: Dictionary, key: string, params: TranslateParams = {}): string {
  const template = dictionary[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string, offset: number) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    const text = String(value);
    const before = gapBetween(template[offset - 1], text[0]);
    const after = gapBetween(text.at(-1), template[offset + placeholder.length]);
    return `${before}${text}${after}`;
  });
}
