import { expect, test } from '@playwright/test';
import { measurePage } from '../../scripts/pageWeight.mjs';
import { sitePages } from './sitePages.ts';

const KB = 1024;
/** A bare Starlight 0.42 page with a code block ships ≈ 31 KB; a page of ours may add 2 KB. */
const PAGE_JS_BUDGET = 33 * KB;
/** A playground before interaction: its island, React and the shared UI — viem and PGlite load later. */
const PLAYGROUND_JS_BUDGET = 90 * KB;

for (const path of sitePages()) {
  test(`${path} stays within its JavaScript budget`, async ({ page }) => {
    await page.goto(path);
    const hasIsland = (await page.locator('astro-island').count()) > 0;
    const weight = await measurePage(page, path);
    if (hasIsland) {
      expect(weight.js).toBeLessThanOrEqual(PLAYGROUND_JS_BUDGET);
    } else {
      expect(weight.react, 'a page without an island ships no React').toBe(false);
      expect(weight.js).toBeLessThanOrEqual(PAGE_JS_BUDGET);
    }
  });
}
