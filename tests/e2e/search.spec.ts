import { expect, type Page, test } from '@playwright/test';

async function search(page: Page, query: string) {
  // Starlight builds the search UI when the page first goes idle; a reader who opens search sooner sees it appear.
  await expect(page.locator('#starlight__search input')).toBeAttached({ timeout: 60_000 });
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox').fill(query);
  return dialog;
}

for (const query of ['行级安全', '令牌']) {
  test(`searching the Chinese site for ${query} finds Chinese pages only`, async ({ page }) => {
    await page.goto('/zh-cn/');
    const dialog = await search(page, query);
    const results = dialog.locator('.pagefind-ui__result-link');
    await expect(results.first()).toBeVisible();
    const hrefs = await results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((h) => h.startsWith('/zh-cn/'))).toBe(true);
    expect(hrefs.some((h) => h.includes('/compare/'))).toBe(false);
  });
}

test('searching the English site finds English pages only', async ({ page }) => {
  await page.goto('/');
  const dialog = await search(page, 'row-level security');
  const results = dialog.locator('.pagefind-ui__result-link');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  expect(hrefs.every((h) => !h.startsWith('/zh-cn/'))).toBe(true);
});
