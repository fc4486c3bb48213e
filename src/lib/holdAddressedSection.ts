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
 * Keeps the section a fresh visit's address names (`/zh-cn/auth/clerk/#设置数据库`) at the top while the
 * page settles. Code blocks are laid out only near the viewport (`content-visibility: auto` in
 * site.css), so blocks the browser scrolled past take their real height afterwards and push the
 * section away. Ends at the reader's first own scroll, once the section stays put, or after MAX_FRAMES.
 */
export function holdAddressedSection(): void {
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  // Back, forward and reload restore the reader's own scroll position: leave it.
  if (navigation && navigation.type !== 'navigate') return;
  const target = document.getElementById(addressedId());
  if (!target) return;
  let readerScrolled = false;
  const stop = () => {
    readerScrolled = true;
  };
  for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown']) {
    addEventListener(type, stop, { once: true, passive: true, capture: true });
  }
  let frames = 0;
  let still = 0;
  const hold = () => {
    if (readerScrolled || frames++ > MAX_FRAMES) return;
    const before = target.getBoundingClientRect().top;
    target.scrollIntoView({ behavior: 'instant' });
    still = target.getBoundingClientRect().top === before ? still + 1 : 0;
    if (still < STILL_FRAMES) requestAnimationFrame(hold);
  };
  requestAnimationFrame(hold);
}
