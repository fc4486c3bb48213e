import { loadPagefind, PAGEFIND_BUNDLE, type PagefindSearch } from './loadPagefind.ts';
import type { MatchCounts } from './otherLanguageHint.ts';

/** A filter every page of each index gets at search time, named after its language. */
const LANGUAGE_FILTER = 'site_language';

/**
 * A counter of a query's matches in the page's language (`here`, Pagefind's code such as `en`)
 * and in `there` (`zh-cn`): one Pagefind instance over both indexes, apart from the UI's, whose
 * results stay in the page's language. Each index tags its pages with a filter, so one search
 * answers both counts.
 */
export function countLanguageMatches(here: string, there: string): (term: string) => Promise<MatchCounts> {
  let both: Promise<PagefindSearch> | undefined;
  return async (term) => {
    // Opened on the first count, after the reader's first results: never in their way.
    both ??= openBoth(here, there);
    const { filters } = await (await both).search(term);
    const counts = filters[LANGUAGE_FILTER] ?? {};
    return { here: counts[here] ?? 0, there: counts[there] ?? 0 };
  };
}

async function openBoth(here: string, there: string): Promise<PagefindSearch> {
  const instance = (await loadPagefind()).createInstance({});
  await instance.options({ mergeFilter: { [LANGUAGE_FILTER]: here } });
  // Pagefind skips merging a bundle whose path starts its own; the full address names the same
  // bundle in a form it does not skip, and `language` picks the other index from it.
  const bundle = new URL(PAGEFIND_BUNDLE, location.origin).href;
  await instance.mergeIndex(bundle, { language: there, mergeFilter: { [LANGUAGE_FILTER]: there } });
  return instance;
}
