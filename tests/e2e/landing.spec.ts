import { expect, type Page, test } from '@playwright/test';
import en from '../../content/i18n/en.json' with { type: 'json' };
import zh from '../../content/i18n/zh-CN.json' with { type: 'json' };

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };

const LANDINGS = [
  { path: '/', strings: en },
  { path: '/zh-cn/', strings: zh },
];

const picture = (page: Page, strings: typeof en) => page.getByRole('img', { name: strings['hero.picture.title'] });

for (const { path, strings } of LANDINGS) {
  test(`${path}: the hero shows how a token becomes row-level security, right of the title`, async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto(path);
    const figure = picture(page, strings);
    await expect(figure).toBeVisible();
    await expect(figure).toHaveAccessibleDescription(strings['hero.picture.desc']);
    for (const step of ['hero.step.sign', 'hero.step.claim', 'hero.step.verify', 'hero.step.rls'] as const) {
      await expect(figure.getByText(strings[step], { exact: true })).toBeVisible();
    }
    const title = await page.locator('h1').boundingBox();
    const box = await figure.boundingBox();
    expect(box?.x, 'the picture starts right of the title').toBeGreaterThan((title?.x ?? 0) + (title?.width ?? 0));
    expect(box?.y, 'and within the first screen').toBeLessThan(DESKTOP.height);
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

  for (const { path, strings } of LANDINGS) {
    test(`${path}: the picture follows the text and fits the screen`, async ({ page }) => {
      await page.goto(path);
      const figure = picture(page, strings);
      await expect(figure).toBeVisible();
      const box = await figure.boundingBox();
      const action = await page.locator('.hero .actions').boundingBox();
      expect(box?.y, 'below the call to action').toBeGreaterThan((action?.y ?? 0) + (action?.height ?? 0));
      expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? Infinity) <= PHONE.width).toBe(true);
      // Legible: the step labels are not shrunk below a phone's small print.
      const labelHeight = await figure
        .getByText(strings['hero.step.verify'], { exact: true })
        .evaluate((label) => label.getBoundingClientRect().height);
      expect(labelHeight).toBeGreaterThanOrEqual(11);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    });
  }
});

test('the picture takes its colours from the theme', async ({ page }) => {
  const colours = async (colorScheme: 'dark' | 'light') => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    return page.locator('.hero-picture').evaluate((svg) =>
      ['.hp-label', '.hp-box'].map((selector) => {
        const element = svg.querySelector(selector);
        return element ? getComputedStyle(element).fill : '';
      }),
    );
  };
  const [darkText, darkBox] = await colours('dark');
  const [lightText, lightBox] = await colours('light');
  expect(darkText).not.toBe(lightText);
  expect(darkBox).not.toBe(lightBox);
  // Text stays readable against its box in both themes.
  expect(darkText).not.toBe(darkBox);
  expect(lightText).not.toBe(lightBox);
});
