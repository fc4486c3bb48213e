const HAN = /\p{Script=Han}/u;
/**
 * Latin text: a letter, a digit, or any other printable ASCII such as the `/` that ends a URL or the
 * backtick that opens inline code in catalog prose — all of it is kept apart from Han by a space.
 */
const LATIN = /[\x21-\x7e]/;

/**
 * The gap Chinese typography puts between two adjacent characters: a space where a Han character
 * meets Latin text, nothing otherwise. Either side may be absent (start or end of text).
 *
 * @example
 * gapBetween('拒', 'C'); // ' '
 * gapBetween('拒', '令'); // ''
 */
export function gapBetween(left: string | undefined, right: string | undefined): '' | ' ' {
  if (!left || !right) return '';
  const meets = (a: string, b: string) => HAN.test(a) && LATIN.test(b);
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
