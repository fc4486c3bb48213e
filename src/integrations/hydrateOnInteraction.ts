import type { ClientDirective } from 'astro';

/** The first signs that a reader is about to use an island; all bubble up to the island element. */
const INTENT_EVENTS = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown'] as const;

/** `client:interaction`: hydrate the island on the first sign of use (see `clientInteraction.mjs`). */
const hydrateOnInteraction: ClientDirective = (load, _options, island) => {
  const start = async () => {
    for (const type of INTENT_EVENTS) island.removeEventListener(type, start);
    const hydrate = await load();
    await hydrate();
  };
  // A link carrying state in its hash (a shared playground) was opened to be used: hydrate at once.
  if (window.location.hash.length > 1) {
    start();
    return;
  }
  for (const type of INTENT_EVENTS) island.addEventListener(type, start, { passive: true });
};

export default hydrateOnInteraction;
