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

  test("the site's menu opens from the compare view", async ({ page }) => {
    await page.goto('/compare/overview/');
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect(page.getByRole('link', { name: 'Clerk' }).first()).toBeVisible();
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

test('the compare view reads like the rest of the site: back line, link colours, code once', async ({ page }) => {
  await page.goto('/auth/clerk/');
  const guideLink = await page
    .locator('.sl-markdown-content p a')
    .first()
    .evaluate((a) => getComputedStyle(a).color);

  await page.goto('/zh-cn/compare/auth/clerk/');
  await expect(page.locator('.compare-back')).toHaveText('返回页面：Clerk（English） · Clerk（简体中文）');
  const cellLink = page.locator('.pair .cell[lang="en"] p a').first();
  expect(await cellLink.evaluate((a) => getComputedStyle(a).color)).toBe(guideLink);

  // The install command appears once, across both columns, with the Chinese page's copy label.
  const install = page.locator('.expressive-code', { hasText: 'npm install @clerk/nextjs' });
  await expect(install).toHaveCount(1);
  await expect(install.getByRole('button', { name: '复制到剪贴板' })).toBeAttached();
  const column = await page.locator('.pair .cell[lang="en"]').first().boundingBox();
  const code = await install.boundingBox();
  expect(code && column && code.width > column.width * 1.5).toBe(true);
});

for (const width of [390, 1440]) {
  test(`at ${width} px every flow diagram, and everything else, fits its column`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/compare/auth/clerk/');
    const steps = page.locator('.cell .token-flow li');
    expect(await steps.count()).toBeGreaterThan(4);
    const cut = await steps.evaluateAll((items) =>
      items.filter((li) => li.scrollWidth > li.clientWidth + 1).map((li) => li.textContent),
    );
    expect(cut).toEqual([]);
    // Every box ends inside its column, unless a scroller holds it (a wide table). The cells' scroll
    // width is not the measure: Starlight's heading links reach 0.5rem past their icon with an
    // invisible touch area, which a heading that ends at the column's edge carries past it.
    const crossing = await page.locator('.cell').evaluateAll((cells) =>
      cells.flatMap((cell) => {
        const { left, right } = cell.getBoundingClientRect();
        const scrolled = (box: Element) => {
          for (let e = box.parentElement; e && e !== cell; e = e.parentElement)
            if (getComputedStyle(e).overflowX !== 'visible') return true;
          return false;
        };
        return [...cell.querySelectorAll('*')]
          .filter((box) => {
            const r = box.getBoundingClientRect();
            return r.width > 0 && (r.right > right + 1 || r.left < left - 1) && !scrolled(box);
          })
          .map((box) => `${box.tagName}: ${box.textContent?.slice(0, 40)}`);
      }),
    );
    expect(crossing).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}
