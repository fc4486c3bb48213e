// @ts-check
/**
 * Runs in the page from its first byte (`page.addInitScript(recordInsertions)`): notes when each node
 * is put into the page and defines `window.__shownAt(element)`, the latest insertion of the element or
 * an ancestor (React and Svelte attach whole subtrees), in the page's own clock. The benches take times
 * in the page because Playwright, polling a page whose thread runs 4× slower, sees a result up to a
 * second after it is there.
 */
export function recordInsertions() {
  /** @type {WeakMap<Node, number>} */
  const inserted = new WeakMap();
  new MutationObserver((records) => {
    const now = performance.now();
    for (const record of records) for (const node of record.addedNodes) inserted.set(node, now);
  }).observe(document, { childList: true, subtree: true });
  const shownAt = (/** @type {Node} */ element) => {
    let at = 0;
    for (let node = /** @type {Node | null} */ (element); node; node = node.parentNode) {
      at = Math.max(at, inserted.get(node) ?? 0);
    }
    return at;
  };
  Object.defineProperty(window, '__shownAt', { value: shownAt });
}
