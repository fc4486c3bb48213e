import { expect, type Locator, type Page, test } from '@playwright/test';
import en from '../../content/i18n/en.json' with { type: 'json' };
import zh from '../../content/i18n/zh-CN.json' with { type: 'json' };

/** Opens search as a reader does: Ctrl+K as soon as the page has loaded, then types into the box when it shows. */
async function search(page: Page, query: string) {
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox').fill(query);
  return dialog;
}

/** The pages the results list, in order (a result's own link, not its sections'). */
function resultPages(dialog: Locator) {
  return dialog
    .locator('.pagefind-ui__result-inner > .pagefind-ui__result-title > .pagefind-ui__result-link')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
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

test('the Chinese search speaks Chinese', async ({ page }) => {
  await page.goto('/zh-cn/');
  const dialog = await search(page, '行级安全');
  await expect(dialog.getByText(/^找到 \d+ 个与“行级安全”相关的结果$/)).toBeVisible();
  await expect(dialog.getByRole('search', { name: zh['pagefind.search_label'] })).toBeVisible();
  await expect(dialog.getByRole('button', { name: zh['pagefind.clear_search'] })).toBeVisible();

  await dialog.getByRole('textbox').fill('qwxzv');
  await expect(dialog.getByText('没有找到与“qwxzv”相关的结果')).toBeVisible();
});

test('the English search says what it found in English', async ({ page }) => {
  await page.goto('/');
  const dialog = await search(page, 'Clerk');
  await expect(dialog.getByText(/^\d+ results for “Clerk”$/)).toBeVisible();
  await expect(dialog.getByRole('search', { name: en['pagefind.search_label'] })).toBeVisible();
});

/** Each provider's name finds its guide first, in both languages. */
const PROVIDER_GUIDES = [
  ['Clerk', '/auth/clerk/'],
  ['Auth0', '/auth/auth0/'],
  ['WorkOS', '/auth/workos/'],
  ['Kinde', '/auth/kinde/'],
  ['Stytch', '/auth/stytch/'],
  ['Better Auth', '/auth/better-auth/'],
  ['OKX', '/payments/okx-x402/'],
  ['x402', '/payments/okx-x402/'],
] as const;

for (const [home, prefix] of [
  ['/', ''],
  ['/zh-cn/', '/zh-cn'],
] as const) {
  test(`${home}: each provider's guide comes first for its name`, async ({ page }) => {
    await page.goto(home);
    const dialog = await search(page, PROVIDER_GUIDES[0][0]);
    for (const [query, guide] of PROVIDER_GUIDES) {
      await dialog.getByRole('textbox').fill(query);
      await expect(dialog.locator('.pagefind-ui__message')).toContainText(query);
      await expect.poll(async () => (await resultPages(dialog))[0], query).toBe(`${prefix}${guide}`);
    }
  });
}

for (const [home, query] of [
  ['/', 'RLS'],
  ['/zh-cn/', 'RLS'],
  ['/zh-cn/', '行级安全'],
] as const) {
  test(`${home}: every result shown first for ${query} is a guide`, async ({ page }) => {
    await page.goto(home);
    const dialog = await search(page, query);
    // Five results show before "Load more", each once its excerpt has loaded.
    await expect.poll(() => resultPages(dialog)).toHaveLength(5);
    // They are the guides that set RLS up, not the playground or the overview.
    for (const path of await resultPages(dialog)) expect(path).toMatch(/^(?:\/zh-cn)?\/(?:auth|payments)\/[^/]+\/$/);
  });
}

test('English results point to the Chinese pages when those match more, and the link searches them from the same page', async ({
  page,
}) => {
  await page.goto('/auth/clerk/');
  const dialog = await search(page, '行级安全');
  const hint = dialog.getByRole('link', { name: /^\d+ matches in 简体中文 →$/ });
  await expect(hint).toBeVisible();
  const count = (await hint.textContent())?.match(/\d+/)?.[0];

  await hint.click();
  await expect(page).toHaveURL(/\/zh-cn\/auth\/clerk\/\?search=/);
  const chinese = page.getByRole('dialog');
  await expect(chinese.getByRole('textbox')).toHaveValue('行级安全');
  // The count promised is the count found.
  await expect(chinese.getByText(`找到 ${count} 个与“行级安全”相关的结果`)).toBeVisible();
});

for (const [page, twin] of [
  ['/zh-cn/', '/'],
  ['/zh-cn/auth/auth0/', '/auth/auth0/'],
] as const) {
  test(`Chinese results on ${page} point to the English pages when those match more`, async ({ page: tab }) => {
    await tab.goto(page);
    // Chinese prose says 常见错误; only the English guides say "mistakes".
    const dialog = await search(tab, 'mistakes');
    const hint = dialog.getByRole('link', { name: /^在 English 版中找到 \d+ 个结果 →$/ });
    await expect(hint).toHaveAttribute('href', `${twin}?search=mistakes`);
  });
}

test('no hint when the other language matches about as often', async ({ page }) => {
  await page.goto('/');
  // Both languages write Clerk in Latin letters, on twin pages.
  const dialog = await search(page, 'Clerk');
  await expect(dialog.getByText(/^\d+ results for “Clerk”$/)).toBeVisible();
  await expect(page.locator('[data-other-language-matches][data-weighed="Clerk"]')).toBeAttached();
  await expect(dialog.getByRole('link', { name: /简体中文 →$/ })).toBeHidden();
});

test('search opens with its box on a page that never goes idle, as a busy phone may', async ({ page }) => {
  // Every frame's work fills the frame, so the browser never has an idle moment to offer.
  await page.addInitScript(() => {
    const busyFrame = () => {
      const start = performance.now();
      while (performance.now() - start < 20);
      requestAnimationFrame(busyFrame);
    };
    requestAnimationFrame(busyFrame);
  });
  await page.goto('/auth/clerk/');
  const dialog = await search(page, 'Clerk');
  await expect(dialog.locator('.pagefind-ui__result-link').first()).toBeVisible();
});
