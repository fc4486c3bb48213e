import type { ClientDirective } from 'astro';
import { INTENT_EVENTS, wakeChannel } from './interactionOptions.ts';
import { recordReaderActions } from './recordReaderActions.ts';

/**
 * `client:interaction`: hydrate the island on the first sign of use (see `clientInteraction.mjs`), and
 * lose nothing the reader does meanwhile. What they did before React took over — a press, typed text, a
 * choice — is recorded and done again once the island is live (its root carries `data-live`, see
 * `playground/ui/useHydrated.ts`). `client:interaction={{ wakeOn: channel }}` also wakes it on the first
 * message on that `BroadcastChannel`.
 */
const hydrateOnInteraction: ClientDirective = (load, options, island) => {
  const recorder = recordReaderActions(island);
  const channelName = wakeChannel(options.value);
  const channel = channelName && 'BroadcastChannel' in window ? new BroadcastChannel(channelName) : null;
  let started = false;

  const start = async () => {
    if (started) return;
    started = true;
    for (const type of INTENT_EVENTS) island.removeEventListener(type, start);
    channel?.close();
    const hydrate = await load();
    const live = whenLive(island);
    // hydrate() creates React's root, which listens on the island: from here presses are held back from
    // React until the replay, which does everything in the reader's order.
    recorder.holdPresses();
    await hydrate();
    await live;
    await recorder.replay();
  };

  // A link carrying state in its hash (a shared playground) was opened to be used: hydrate at once.
  if (window.location.hash.length > 1) {
    start();
    return;
  }
  for (const type of INTENT_EVENTS) island.addEventListener(type, start, { passive: true });
  if (channel) channel.onmessage = start;
};

/** Resolves once the island's root says it is live (`data-live`): React has committed and is listening. */
function whenLive(island: HTMLElement): Promise<void> {
  const isLive = () => island.querySelector('[data-live]') !== null;
  return new Promise((resolve) => {
    if (isLive()) return resolve();
    const observer = new MutationObserver(() => {
      if (!isLive()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(island, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-live'] });
  });
}

export default hydrateOnInteraction;
