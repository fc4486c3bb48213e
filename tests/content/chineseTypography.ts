/**
 * The typography rules of the site's Chinese text (the glossary's "Typography" section), each as a
 * finder of the places a string breaks it. A string is checked as the reader gets it, except that
 * `backticked` code and URLs are set aside first: they keep their own punctuation, and count as Latin
 * text for spacing ("用 `jose` 签名").
 */

export type TypographyRule =
  | 'half-width-punctuation'
  | 'han-latin-spacing'
  | 'space-between-han'
  | 'ellipsis'
  | 'nested-parentheses'
  | 'corner-quotes'
  | 'lone-dash';

export interface TypographyProblem {
  readonly rule: TypographyRule;
  /** Where the problem starts in the checked string. */
  readonly index: number;
  /** The string around it, for a readable failure. */
  readonly excerpt: string;
}

const HAN = /\p{Script=Han}/u;
const CODE_OR_URL = /`[^`]*`|https?:\/\/[^\s`“”（），。；：、]+/g;

type Finder = (masked: string, isCodeEdge: (i: number) => boolean) => number[];

/** Where each rule is broken in text whose code is masked. */
const FINDERS: Readonly<Record<TypographyRule, Finder>> = {
  'half-width-punctuation': halfWidthPunctuation,
  'han-latin-spacing': (text) => matches(text, /(?<=\p{Script=Han})[A-Za-z0-9]|(?<=[A-Za-z0-9])\p{Script=Han}/gu),
  'space-between-han': (text) => matches(text, /(?<=\p{Script=Han})[ \t]+(?=\p{Script=Han})/gu),
  ellipsis: loneEllipses,
  'nested-parentheses': nestedParentheses,
  'corner-quotes': (text) => matches(text, /[「」『』]/g),
  'lone-dash': loneDashes,
};

/** Every place `text` breaks one of the rules, in rule order. */
export function typographyProblems(text: string): TypographyProblem[] {
  const { masked, isCodeEdge } = maskCode(text);
  return (Object.entries(FINDERS) as [TypographyRule, Finder][]).flatMap(([rule, find]) =>
    find(masked, isCodeEdge).map((index) => ({
      rule,
      index,
      excerpt: text.slice(Math.max(0, index - 12), index + 12),
    })),
  );
}

/**
 * `text` with code spans and URLs replaced by as many `x`s, so indices stay put and code reads as
 * Latin; `isCodeEdge(i)` tells whether position `i` is the first or last character of such a span.
 */
function maskCode(text: string): { masked: string; isCodeEdge: (i: number) => boolean } {
  const edges = new Set<number>();
  const masked = text.replace(CODE_OR_URL, (span, offset: number) => {
    edges.add(offset);
    edges.add(offset + span.length - 1);
    return 'x'.repeat(span.length);
  });
  return { masked, isCodeEdge: (i) => edges.has(i) };
}

function matches(text: string, pattern: RegExp): number[] {
  return [...text.matchAll(pattern)].map((m) => m.index);
}

/**
 * A half-width `, ; : ( ) ? !` touching a Han character, or touching code in Chinese text
 * ("`a`:`b`"): there it is prose punctuation and takes its full-width form.
 */
function halfWidthPunctuation(text: string, isCodeEdge: (i: number) => boolean): number[] {
  const chinese = HAN.test(text);
  return matches(text, /[,;:()?!]/g).filter((i) =>
    [i - 1, i + 1].some((n) => HAN.test(text[n] ?? '') || (chinese && isCodeEdge(n))),
  );
}

/**
 * `…` on its own, or `...`, in Chinese text: Chinese takes the doubled `……`. Left alone are an
 * elided identifier (`0x…dEaD`, `XKO… 格式`) and a placeholder between spaces (`{ … }`).
 */
function loneEllipses(text: string): number[] {
  if (!HAN.test(text)) return [];
  const latin = (c = '') => /[A-Za-z0-9]/.test(c);
  const space = (c = '') => /\s/.test(c);
  return [...text.matchAll(/(?<!…)…(?!…)|\.{3,}/g)]
    .filter((m) => {
      const [left, right] = [text[m.index - 1], text[m.index + m[0].length]];
      return !((latin(left) && (latin(right) || space(right))) || (space(left) && space(right)));
    })
    .map((m) => m.index);
}

/** A full-width parenthesis opened inside another: "（头部（Header））". */
function nestedParentheses(text: string): number[] {
  const nested: number[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '（' && ++depth === 2) nested.push(i);
    if (text[i] === '）') depth = Math.max(0, depth - 1);
  }
  return nested;
}

/** An English dash `—` in Chinese: next to Han (spaces aside) it should be `——`. */
function loneDashes(text: string): number[] {
  return [...text.matchAll(/(?<![—])—(?![—])/g)]
    .filter((m) => {
      const before = text.slice(0, m.index).trimEnd().at(-1) ?? '';
      const after = text.slice(m.index + 1).trimStart()[0] ?? '';
      return HAN.test(before) || HAN.test(after);
    })
    .map((m) => m.index);
}
