const HAN = /\p{Script=Han}/u;
/** A Latin letter, a digit, or the backtick that opens inline code in catalog prose (spaced alike). */
const LATIN_OR_DIGIT = /[A-Za-z0-9`]/;

/**
 * The gap Chinese typography puts between two adjacent characters: a space where a Han character
 * meets a Latin letter or a digit, nothing otherwise. Either side may be absent (start or end of text).
 *
 * @example
 * gapBetween('拒', 'C'); // ' '
 * gapBetween('拒', '令'); // ''
 */
export function gapBetween(left: string | undefined, right: string | undefined): '' | ' ' {
  if (!left || !right) return '';
  const meets = (a: string, b: string) => HAN.test(a) && LATIN_OR_DIGIT.test(b);
  return meets(left, right) || meets(right, left) ? ' ' : '';
}

/**
 * `text` with a space wherever Han touches a Latin letter or digit — for text the site does not
 * write itself, such as `Intl`'s "2小时前".
 *
 * @example
 * spaceHanLatin('2小时前'); // '2 小时前'
 */
export function spaceHanLatin(text: string): string {
  return [...text].map((c, i, chars) => `${gapBetween(chars[i - 1], c)}${c}`).join('');
}
