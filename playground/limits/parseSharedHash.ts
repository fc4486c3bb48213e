import { InputLimitError } from './inputLimitErrors.ts';
import { assertShortEnough } from './inputLimits.ts';

/** A shared link's state, and why the link was set aside when it was over a limit. */
export interface SharedHash<State> {
  readonly state: State;
  /** Set when the link was over a limit and the defaults were used instead; the reader is told. */
  readonly refused: InputLimitError | null;
}

/**
 * Reads a playground's state from a URL hash without letting the link decide how much work that is:
 * a hash longer than `INPUT_LIMITS.maxLength`, or one whose `parse` finds a value over a limit (it
 * throws `InputLimitError`), opens the default state (`parse('')`) and says why.
 *
 * @example
 * const { state, refused } = parseSharedHash(window.location.hash, parseJwtHashState);
 * refused?.code; // 'json_too_deep' for a token nested thousands of levels deep
 */
export function parseSharedHash<State>(hash: string, parse: (hash: string) => State): SharedHash<State> {
  try {
    assertShortEnough(hash);
    return { state: parse(hash), refused: null };
  } catch (error) {
    if (!(error instanceof InputLimitError)) throw error;
    return { state: parse(''), refused: error };
  }
}
