import { expect, test } from '@playwright/test';

test('the language switch keeps the reader on the same page, both ways', async ({ page }) => {
  await page.goto('/overview/');
  await page
    .getByRole('combobox', { name: /language/i })
    .first()
    .selectOption({ label: '简体中文' });
  await expect(page).toHaveURL(/\/zh-cn\/overview\/$/);
  await expect(page.locator('h1')).toHaveText('集成概览');
  // The picker is a custom element whose script runs before `load`; choosing earlier does nothing.
  await page.waitForLoadState('load');

  await page.getByRole('combobox', { name: '选择语言' }).first().selectOption({ label: 'English' });
  await expect(page).toHaveURL(/:\d+\/overview\/$/);
  await expect(page.locator('h1')).toHaveText('Integration overview');
});

test('sidebar groups are labelled in the reader’s language', async ({ page }) => {
  await page.goto('/zh-cn/overview/');
  await expect(page.locator('nav[aria-label="主要"] summary, #starlight__sidebar summary').first()).toContainText(
    '从这里开始',
  );
  await page.goto('/overview/');
  await expect(page.locator('#starlight__sidebar summary').first()).toContainText('Start here');
});

test('catalog tables speak the page’s language', async ({ page }) => {
  await page.goto('/zh-cn/overview/');
  await expect(page.getByRole('columnheader', { name: 'InsForge 令牌由谁签发' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '你的 Next.js 服务端' }).first()).toBeVisible();
  await page.goto('/overview/');
  await expect(page.getByRole('columnheader', { name: 'Who signs the InsForge token' })).toBeVisible();
});
