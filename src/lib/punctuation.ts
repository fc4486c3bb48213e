import type { Locale } from '../../playground/catalog/locale.ts';
import { siteStrings } from './siteStrings.ts';

/** How one language joins generated pieces of text; Chinese takes its full-width forms. */
export interface Punctuation {
  /** Between the items of a list: `, ` or `、`. */
  readonly list: string;
  /** Between a label and what it labels: `: ` or `：`. */
  readonly label: string;
  /** Between a name and what is said about it: ` — ` or `——`. */
  readonly dash: string;
  /** A side remark after `text`: `X Layer (eip155:196)` or `X Layer（eip155:196）`. */
  readonly aside: (text: string, remark: string) => string;
}

/**
 * The punctuation of `locale`, from the site strings (`punctuation.*`), so components and the agent
 * files never spell a language's joiners themselves.
 *
 * @example
 * punctuation('zh-CN').list; // '、'
 */
export function punctuation(locale: Locale): Punctuation {
  const t = siteStrings(locale);
  return {
    list: t('punctuation.list'),
    label: t('punctuation.label'),
    dash: t('punctuation.dash'),
    aside: (text, remark) => t('punctuation.aside', { text, remark }),
  };
}
