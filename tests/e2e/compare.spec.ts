import { expect, test } from '@playwright/test';

test('each page links to its compare view, which shows both languages and links back', async ({ page }) => {
  await page.goto('/overview/');
  await page.getByRole('link', { name: 'Compare English and 中文 side by side' }).click();
  await expect(page).toHaveURL(/\/compare\/overview\/$/);

  const english = page.locator('.pair .cell[lang="en"]');
  const chinese = page.locator('.pair .cell[lang="zh-CN"]');
  await expect(english.filter({ hasText: 'What InsForge checks in a token' })).toHaveCount(1);
  await expect(chinese.filter({ hasText: 'InsForge 会检查令牌的哪些内容' })).toHaveCount(1);
  expect(await english.count()).toBe(await chinese.count());

  // The pair that holds a heading in English holds the same heading in Chinese.
  const pair = page.locator('.pair', { hasText: 'Common mistakes' });
  await expect(pair.locator('[lang="zh-CN"] h2')).toHaveText('常见错误');
  // English catalog text in the English column, Chinese in the Chinese one — on the zh page too.
  await page.goto('/zh-cn/compare/overview/');
  await expect(page.locator('.pair .cell[lang="en"] th', { hasText: 'Mistake' }).first()).toBeVisible();
  await expect(page.locator('.pair .cell[lang="zh-CN"] th', { hasText: '常见错误' }).first()).toBeVisible();

  await page.getByRole('link', { name: 'Integration overview' }).first().click();
  await expect(page).toHaveURL(/\/overview\/$/);
});

test('the landing page links to its compare view too', async ({ page }) => {
  await page.goto('/zh-cn/');
  await page.getByRole('link', { name: '中英对照阅读' }).click();
  await expect(page).toHaveURL(/\/zh-cn\/compare\/$/);
  await expect(page.locator('.pair .cell[lang="en"]').first()).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('sections stack: Chinese under English, not beside it', async ({ page }) => {
    await page.goto('/compare/overview/');
    const pair = page.locator('.pair', { hasText: 'Common mistakes' });
    const en = await pair.locator('[lang="en"]').boundingBox();
    const zh = await pair.locator('[lang="zh-CN"]').boundingBox();
    expect(en && zh && zh.y >= en.y + en.height - 1).toBe(true);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
  });
});

test('on a wide screen the two languages sit side by side', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/compare/overview/');
  const pair = page.locator('.pair', { hasText: 'Common mistakes' });
  const en = await pair.locator('[lang="en"]').boundingBox();
  const zh = await pair.locator('[lang="zh-CN"]').boundingBox();
  expect(en && zh && Math.abs(zh.y - en.y) < 2 && zh.x > en.x + en.width - 1).toBe(true);
});
