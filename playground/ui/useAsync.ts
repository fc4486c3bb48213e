import { type DependencyList, useEffect, useState } from 'react';

/** Where a task started by `useAsync` stands. */
export type AsyncState<T> =
  | { readonly status: 'idle' }
  | { readonly status: 'running' }
  | { readonly status: 'done'; readonly value: T }
  | { readonly status: 'failed'; readonly error: unknown };

const IDLE = { status: 'idle' } as const;
const RUNNING = { status: 'running' } as const;

/**
 * Runs `task` whenever `deps` change and keeps only the answer of the latest run: a slow earlier run
 * that settles late is ignored. A panel with nothing to run renders no component that calls it. With
 * `keepWhileRunning`, the last answer stays on screen until the next one arrives, so a result
 * that is recomputed on every keystroke does not flicker.
 *
 * @example
 * const outcome = useAsync(() => verifyToken(token, key), [token, key]);
 * if (outcome.status === 'failed') return <ErrorMessage error={outcome.error} />;
 */
export function useAsync<T>(
  task: () => Promise<T>,
  deps: DependencyList,
  { keepWhileRunning = false } = {},
): AsyncState<T> {
  const [state, setState] = useState<AsyncState<T>>(IDLE);
  useEffect(() => {
    let latest = true;
    if (!keepWhileRunning) setState(RUNNING);
    task().then(
      (value) => latest && setState({ status: 'done', value }),
      (error: unknown) => latest && setState({ status: 'failed', error }),
    );
    return () => {
      latest = false;
    };
    // biome-ignore lint/correctness/useExhaustiveDependencies: `deps` are the caller's, checked at the call site (biome.json).
  }, deps);
  return state;
}
