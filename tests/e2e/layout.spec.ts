import { expect, type Locator, type Page, test } from '@playwright/test';
import { sitePages } from '../build/builtSite.ts';
import { type IslandLocale, text } from './islandText.ts';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };
/** Starlight's content column on a guide (45rem); a playground page's tool gets well over that. */
const GUIDE_COLUMN_PX = 720;

const LANGUAGES = [
  { locale: 'en' as const, prefix: '/' },
  { locale: 'zh-CN' as const, prefix: '/zh-cn/' },
];

/** The first controls a reader reaches for on each playground, by role and accessible name. */
const FIRST_CONTROLS: Record<string, (page: Page, locale: IslandLocale) => Locator[]> = {
  jwt: (page, locale) => [
    page.getByRole('textbox', { name: text(locale, 'jwt.token.label'), exact: true }),
    page.getByRole('button', {
      name: text(locale, 'jwt.presets.loadRaw', { token: text(locale, 'jwt.presets.clerk.raw') }),
    }),
  ],
  rls: (page, locale) => [
    page.getByRole('combobox', { name: text(locale, 'rls.form.provider') }),
    page.getByRole('button', { name: text(locale, 'rls.run.button'), exact: true }),
  ],
  x402: (page, locale) => [page.getByRole('button', { name: text(locale, 'x402.pg.payer.create') })],
};

const isIn = (prefix: string) => (path: string) =>
  prefix === '/zh-cn/' ? path.startsWith('/zh-cn/') : !path.startsWith('/zh-cn/');

for (const { locale, prefix } of LANGUAGES) {
  // One page walks every URL of a language: a fresh page per URL would cost more than the check itself.
  test(`${locale}: no page scrolls sideways on a 390 px phone`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    const tooWide: string[] = [];
    for (const path of sitePages().filter(isIn(prefix))) {
      await page.goto(path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > PHONE.width) tooWide.push(`${path} is ${width} px wide`);
    }
    expect(tooWide).toEqual([]);
  });

  test(`${locale}: each playground starts in the first screen, full width, with no table of contents`, async ({
    page,
  }) => {
    await page.setViewportSize(DESKTOP);
    for (const [tool, controls] of Object.entries(FIRST_CONTROLS)) {
      await page.goto(`${prefix}playground/${tool}/`);
      for (const control of controls(page, locale)) {
        const box = await control.boundingBox();
        expect(box, `${tool}: ${control}`).not.toBeNull();
        expect(box?.y, `${tool}: ${control} starts within the first ${DESKTOP.height} px`).toBeLessThan(DESKTOP.height);
      }
      await expect(page.locator('starlight-toc, mobile-starlight-toc')).toHaveCount(0);
      const column = await page.locator('.sl-markdown-content').boundingBox();
      expect(column?.width, `${tool}: content column width`).toBeGreaterThan(GUIDE_COLUMN_PX * 1.3);
    }
  });
}
