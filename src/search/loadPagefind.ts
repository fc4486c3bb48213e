/** The parts of Pagefind's browser API (`/pagefind/pagefind.js`, written by the build) the site uses. */
export interface PagefindSearch {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(bundlePath: string, options: Record<string, unknown>): Promise<void>;
  search(term: string): Promise<{ filters: Record<string, Record<string, number>> }>;
}

export interface PagefindModule {
  /** Starts the shared instance Starlight's search UI uses: loads the page language's index. */
  init(): Promise<void>;
  /** A separate instance over the page language's index, for searches the UI does not show. */
  createInstance(options: Record<string, unknown>): PagefindSearch;
}

/** Where the build writes Pagefind's bundle; Starlight's search UI loads it from the same place. */
export const PAGEFIND_BUNDLE = `${import.meta.env.BASE_URL.replace(/\/$/, '')}/pagefind/`;

let pagefind: Promise<PagefindModule> | undefined;

/**
 * Pagefind's module, imported once. It is the very module Starlight's search UI imports (same
 * address), so `init()` here loads the index that the reader's first query will search.
 */
export function loadPagefind(): Promise<PagefindModule> {
  pagefind ??= import(/* @vite-ignore */ `${PAGEFIND_BUNDLE}pagefind.js`) as Promise<PagefindModule>;
  return pagefind;
}
