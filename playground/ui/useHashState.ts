import { useCallback, useEffect, useState } from 'react';
import type { InputLimitError } from '../limits/inputLimitErrors.ts';
import { parseSharedHash } from '../limits/parseSharedHash.ts';

/**
 * How a playground's shareable state maps to a URL hash. `parse` must turn any hash, even garbage, into a
 * valid state; it may throw `InputLimitError` only for a value over the playground's limits.
 */
export interface HashCodec<State> {
  readonly parse: (hash: string) => State;
  readonly serialize: (state: State) => string;
}

/**
 * Playground state kept in the URL hash, so a configured playground can be shared by its link.
 * The first render uses the defaults (`parse('')`, the same on the server and in the browser), then
 * the hash is read; every change is written back with `history.replaceState` (no history entry per
 * keystroke), and a state hash the reader edits by hand is read again. Only what `serialize` writes reaches
 * the URL — keep secrets out of the state it is given. A link over the limits opens the defaults, and
 * the third value says why (show it to the reader).
 *
 * @example
 * const [state, setState, refused] = useHashState({ parse: parseJwtHashState, serialize: serializeJwtHashState });
 */
export function useHashState<State>(
  codec: HashCodec<State>,
): [State, (update: (state: State) => State) => void, InputLimitError | null] {
  const { parse, serialize } = codec;
  const [state, setState] = useState(() => parse(''));
  const [refused, setRefused] = useState<InputLimitError | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const read = () => {
      const shared = parseSharedHash(window.location.hash, parse);
      setState(shared.state);
      setRefused(shared.refused);
    };
    // A jump to a heading (`#how-to-use-it`) is not playground state: keep what the reader set up.
    const onHashChange = () => window.location.hash.includes('=') && read();
    read();
    setReady(true);
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [parse]);

  useEffect(() => {
    if (!ready) return;
    const hash = serialize(state);
    if (hash !== window.location.hash) history.replaceState(history.state, '', hash);
  }, [ready, state, serialize]);

  const update = useCallback((change: (state: State) => State) => setState(change), []);
  return [state, update, refused];
}
