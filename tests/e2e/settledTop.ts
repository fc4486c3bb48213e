import type { Locator } from '@playwright/test';

/**
 * Where an element sits once the page has stopped moving: its top, in CSS pixels from the top of the
 * viewport, after it has kept still for half a second of frames (or 5 s have passed). Code blocks
 * are laid out as they near the viewport, so a jump across a long guide moves what is around it.
 */
export function settledTop(element: Locator): Promise<number> {
  return element.evaluate(
    (target) =>
      new Promise<number>((resolve) => {
        let last = Number.NaN;
        let still = 0;
        const started = performance.now();
        const watch = () => {
          const top = target.getBoundingClientRect().top;
          still = top === last ? still + 1 : 0;
          last = top;
          if (still >= 30 || performance.now() - started > 5000) resolve(top);
          else requestAnimationFrame(watch);
        };
        requestAnimationFrame(watch);
      }),
  );
}
