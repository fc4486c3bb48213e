import { expect, test } from '@playwright/test';

test('keyboard: the first Tab reaches the skip link, which jumps to the content', async ({ page }) => {
  await page.goto('/zh-cn/overview/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳转到内容' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#_top$/);
});

test('the theme switch changes the page between dark and light', async ({ page }) => {
  await page.goto('/overview/');
  await page.getByRole('combobox', { name: /theme/i }).first().selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.getByRole('combobox', { name: /theme/i }).first().selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('every page carries a strict Content-Security-Policy that names no other origin', async ({ page }) => {
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("connect-src 'self'");
  expect(policy?.split(';').find((d) => d.trim().startsWith('script-src'))).not.toContain('unsafe-inline');
  expect(policy).not.toMatch(/https?:/);
});

test('nothing on a page is fetched from another origin', async ({ page }) => {
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('http://127.0.0.1:')) foreign.push(r.url());
  });
  for (const path of ['/', '/zh-cn/overview/', '/compare/overview/'])
    await page.goto(path, { waitUntil: 'networkidle' });
  expect(foreign.filter((u) => !u.startsWith('data:'))).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the menu opens the sidebar, and no page scrolls sideways', async ({ page }) => {
    await page.goto('/overview/');
    await page.getByRole('button', { name: /menu/i }).click();
    await expect(page.getByRole('link', { name: 'Integration overview' }).first()).toBeVisible();
    for (const path of ['/', '/overview/', '/zh-cn/overview/']) {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    }
  });
});
