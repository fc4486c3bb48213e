import { useEffect, useState } from 'react';

/**
 * False during server rendering and the first client render, true once the island is interactive.
 * Islands put it on their root as `data-live`: Astro drops its own `ssr` marker before React has
 * attached its handlers, so `data-live` is the moment a reader's input is really heard.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
