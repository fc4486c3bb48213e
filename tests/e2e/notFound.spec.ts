import { expect, test } from '@playwright/test';

/** What a reader meets at an address the site does not have, in a browser, with and without scripts. */
const MISSING = [
  { path: '/no-such-page/', first: 'en', heading: 'Page not found' },
  { path: '/zh-cn/no-such-page/', first: 'zh-CN', heading: '页面未找到' },
];

for (const { path, first, heading } of MISSING) {
  test(`${path} answers 404 in both languages, ${first} first`, async ({ page }) => {
    expect((await page.goto(path))?.status()).toBe(404);
    const sections = page.locator('main section[lang]');
    await expect(sections).toHaveCount(2);
    await expect(sections.first()).toHaveAttribute('lang', first);
    await expect(sections.first().getByRole('heading', { level: 2 })).toHaveText(heading);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const { path, first } of [
    { path: '/404.html', first: 'en' },
    // For hosts that serve the nearest 404.html (Cloudflare Pages): Chinese first with no script.
    { path: '/zh-cn/404.html', first: 'zh-CN' },
    // The site's server answers a /zh-cn/ miss with the Chinese page itself, status 404.
    { path: '/zh-cn/no-such-page/', first: 'zh-CN' },
  ]) {
    test(`${path} puts ${first} first`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', first);
      await expect(page.locator('main section[lang]').first()).toHaveAttribute('lang', first);
    });
  }
});
