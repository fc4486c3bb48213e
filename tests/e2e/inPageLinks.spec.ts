import { expect, test } from '@playwright/test';
import { settledTop } from './settledTop.ts';

// The longest guides, where most code blocks wait below the fold when the reader jumps past them.
for (const path of ['/payments/okx-x402/', '/zh-cn/auth/clerk/']) {
  test(`${path}: "On this page" lands on each section and it stays there`, async ({ page }) => {
    await page.goto(path);
    const links = page.locator('starlight-toc a[href^="#"]:not([href="#_top"])');
    const hashes = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href') ?? ''));
    expect(hashes.length).toBeGreaterThan(5);
    // Far down first, then back up: each jump passes code blocks the page has not laid out yet.
    for (const hash of [...hashes.slice(-4), hashes[1] ?? '']) {
      await links.and(page.locator(`[href="${hash}"]`)).click();
      const id = decodeURIComponent(hash.slice(1));
      const top = await settledTop(page.locator(`[id="${id}"]`));
      expect(top, id).toBeGreaterThanOrEqual(0);
      expect(top, id).toBeLessThan(150);
    }
  });
}
