import { translate } from '../../playground/ui/translate.ts';

/** The URL parameter that opens a page's search on a query: `/zh-cn/?search=RLS`. */
export const SEARCH_PARAM = 'search';

/** A query's matches in the page's language and in the other one. */
export interface MatchCounts {
  readonly here: number;
  readonly there: number;
}

/** The hint in the page's language for one match and for several, `{count}` still to fill. */
export interface HintTemplates {
  readonly one: string;
  readonly other: string;
}

/**
 * How many times this language's matches the other language must have before the hint shows. The
 * pages are twins, so most queries match about as often in both; 12 against 11 is not worth a detour.
 */
const NOTABLY_MORE = 2;

/**
 * What to say under the results when the other language has notably more matches than this one (at
 * least twice as many, or any where this one has none), or `null`. The count is filled with Chinese
 * spacing where the template is Chinese.
 *
 * @example
 * otherLanguageHint({ here: 0, there: 12 }, { one: '{count} match in 简体中文 →', other: '{count} matches in 简体中文 →' });
 * // '12 matches in 简体中文 →'
 */
export function otherLanguageHint(counts: MatchCounts, templates: HintTemplates): string | null {
  if (counts.there === 0 || counts.there < counts.here * NOTABLY_MORE) return null;
  const template = counts.there === 1 ? templates.one : templates.other;
  return translate({ template }, 'template', { count: counts.there });
}

/**
 * A page that opens its search on `term`.
 *
 * @example
 * searchUrl('/zh-cn/', 'row level'); // '/zh-cn/?search=row+level'
 */
export function searchUrl(page: string, term: string): string {
  return `${page}?${new URLSearchParams({ [SEARCH_PARAM]: term })}`;
}

/**
 * The query a page address asks its search to open on, or `null`.
 *
 * @example
 * searchTermOf('?search=RLS'); // 'RLS'
 */
export function searchTermOf(query: string): string | null {
  return new URLSearchParams(query).get(SEARCH_PARAM)?.trim() || null;
}
