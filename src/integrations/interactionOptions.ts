/**
 * The first signs that a reader is about to use an island; all bubble up to the island element. `click`,
 * `input` and `change` also come without the others (a screen reader's activation, a value set by a tool).
 */
export const INTENT_EVENTS = [
  'pointerover',
  'pointerdown',
  'touchstart',
  'focusin',
  'keydown',
  'click',
  'input',
  'change',
] as const;

/** What `client:interaction={{ … }}` accepts; plain `client:interaction` needs none of it. */
export interface InteractionOptions {
  /**
   * A `BroadcastChannel` name: the first message on it wakes the island even if the reader never touched
   * it, so a tab left in the background can follow what another tab does.
   */
  readonly wakeOn?: string;
}

/**
 * The channel to wake on, read from the directive's value as Astro hands it over (`true` for a bare
 * `client:interaction`), or `null` when there is none.
 *
 * @example wakeChannel({ wakeOn: 'insforge-x402-dashboard' }) // 'insforge-x402-dashboard'
 */
export function wakeChannel(directiveValue: unknown): string | null {
  if (typeof directiveValue !== 'object' || directiveValue === null || !('wakeOn' in directiveValue)) return null;
  const { wakeOn } = directiveValue;
  return typeof wakeOn === 'string' && wakeOn !== '' ? wakeOn : null;
}
