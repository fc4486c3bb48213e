/** The id the address names (`#設置` → `設置`), or `''` when it names none or is malformed. */
export function addressedId(): string {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return '';
  }
}

/** Frames the hold may last (about two seconds), and how many still frames end it early. */
const MAX_FRAMES = 120;
const STILL_FRAMES = 10;

/**
 * Keeps the section the address names (`/zh-cn/auth/clerk/#设置数据库`) at the top while the page
 * settles, on a fresh visit and after every in-page jump ("On this page", a heading's link). Code
 * blocks are laid out only near the viewport (`content-visibility: auto` in site.css), so the blocks
 * around a jump take their real height afterwards and push the section away, up to a few thousand
 * pixels on the longest guides.
 */
export function holdAddressedSection(): void {
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  // Back, forward and reload restore the reader's own scroll position: leave it.
  if (!navigation || navigation.type === 'navigate') holdInView(document.getElementById(addressedId()));
  addEventListener('hashchange', () => holdInView(document.getElementById(addressedId())));
}

/** Holds `target` at the top until the reader scrolls, it stays put for STILL_FRAMES, or MAX_FRAMES pass. */
function holdInView(target: HTMLElement | null): void {
  if (!target) return;
  // Ended by the reader's own scroll, or by the hold itself; either way its listeners go with it.
  const ended = new AbortController();
  for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown']) {
    addEventListener(type, () => ended.abort(), { once: true, passive: true, capture: true, signal: ended.signal });
  }
  let frames = 0;
  let still = 0;
  const hold = () => {
    if (ended.signal.aborted) return;
    if (frames++ > MAX_FRAMES) {
      ended.abort();
      return;
    }
    const before = target.getBoundingClientRect().top;
    target.scrollIntoView({ behavior: 'instant' });
    still = target.getBoundingClientRect().top === before ? still + 1 : 0;
    if (still < STILL_FRAMES) requestAnimationFrame(hold);
    else ended.abort();
  };
  requestAnimationFrame(hold);
}
