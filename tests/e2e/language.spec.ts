import { expect, type Locator, test } from '@playwright/test';
import { settledTop } from './settledTop.ts';

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

/** The address of a page's section, whose Chinese id the browser shows percent-encoded. */
const at = (pathname: string, id: string) => (url: URL) =>
  url.pathname === pathname && decodeURIComponent(url.hash) === `#${id}`;

/** Scrolls like a reader until the heading sits at the top and stays: code blocks laid out on the way move it. */
async function scrollTo(heading: Locator) {
  await expect
    .poll(async () => {
      await heading.evaluate((element) => element.scrollIntoView());
      const top = await settledTop(heading);
      return top >= 0 && top < 150;
    })
    .toBe(true);
}

test.describe('the language switch lands on the section being read', () => {
  test('keyboard: after scrolling to a section, the picker opens that section of the other language', async ({
    page,
  }) => {
    await page.goto('/auth/clerk/');
    await scrollTo(page.getByRole('heading', { name: 'Set up the database' }));
    // Chromium changes a closed picker's choice with the arrow keys, as a keyboard reader does.
    await page.getByRole('combobox', { name: 'Select language' }).first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(page).toHaveURL(at('/zh-cn/auth/clerk/', '设置数据库'));
    await expect(page.getByRole('heading', { name: '设置数据库' })).toBeInViewport();
  });

  test('from an address that names a section, both ways', async ({ page }) => {
    await page.goto('/zh-cn/auth/clerk/#配置-clerk');
    await page.getByRole('combobox', { name: '选择语言' }).first().selectOption({ label: 'English' });
    await expect(page).toHaveURL(at('/auth/clerk/', 'configure-clerk'));
    await expect(page.getByRole('heading', { name: 'Configure Clerk' })).toBeInViewport();

    await page.getByRole('combobox', { name: 'Select language' }).first().selectOption({ label: '简体中文' });
    await expect(page).toHaveURL(at('/zh-cn/auth/clerk/', '配置-clerk'));
    await expect(page.getByRole('heading', { name: '配置 Clerk' })).toBeInViewport();
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

    test('the picker in the menu keeps the section too', async ({ page }) => {
      await page.goto('/zh-cn/auth/clerk/');
      await page
        .getByRole('heading', { name: '环境变量', exact: true })
        .evaluate((heading) => heading.scrollIntoView());
      await page.getByRole('button', { name: '菜单' }).tap();
      await page.getByRole('combobox', { name: '选择语言' }).last().selectOption({ label: 'English' });
      await expect(page).toHaveURL(at('/auth/clerk/', 'environment-variables'));
      await expect(page.getByRole('heading', { name: 'Environment variables', exact: true })).toBeInViewport();
    });
  });

  test('above the first section, the other language opens at its top', async ({ page }) => {
    await page.goto('/auth/clerk/');
    await page.getByRole('combobox', { name: 'Select language' }).first().selectOption({ label: '简体中文' });
    await expect(page).toHaveURL(/\/zh-cn\/auth\/clerk\/$/);
  });
});

test('a link to a deep section opens at that section, though the code above it is laid out late', async ({ page }) => {
  await page.goto('/auth/clerk/#set-up-the-database');
  const heading = page.getByRole('heading', { name: 'Set up the database' });
  await expect(heading).toBeInViewport();
  // Still there once the page has settled: the reader does not have to look for it.
  await page.waitForLoadState('networkidle');
  await expect(heading).toBeInViewport();
});
