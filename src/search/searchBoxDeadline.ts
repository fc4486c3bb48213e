/** How long Starlight's search box may wait for the page to go idle before it is built anyway. */
const SEARCH_BOX_DEADLINE_MS = 1000;

/**
 * Starlight builds the search box in an idle callback without a deadline, from its `DOMContentLoaded`
 * listener. Opened right after load, the search dialog can keep Chromium from ever going idle (its
 * backdrop blur is redrawn on every frame where no GPU draws it), and the reader stays in front of an
 * empty dialog: 1 run in 4 here, at full CPU speed. Idle callbacks asked for until then get a deadline;
 * the browser's own function is put back once every `DOMContentLoaded` listener has run.
 * Call it from a module script, which runs before `DOMContentLoaded`.
 */
export function giveSearchBoxADeadline(): void {
  const requestIdle = window.requestIdleCallback;
  if (!requestIdle) return;
  window.requestIdleCallback = (callback, options) =>
    requestIdle.call(window, callback, { timeout: SEARCH_BOX_DEADLINE_MS, ...options });
  window.addEventListener('DOMContentLoaded', () =>
    setTimeout(() => {
      window.requestIdleCallback = requestIdle;
    }),
  );
}
