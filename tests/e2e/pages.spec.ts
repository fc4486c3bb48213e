import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { measurePage } from '../../scripts/pageWeight.mjs';
import { isCompareView } from '../../src/lib/pageKinds.ts';
import { sitePages } from '../dist/builtSite.ts';
import { consoleProblems } from './consoleProblems.ts';
import { AXE_TAGS, VIOLATIONS_ONLY } from './islandText.ts';

const pages = sitePages();

const KB = 1024;
/** A bare Starlight 0.42 page with a code block ships ≈ 31 KB; a page of ours may add 2 KB. */
const PAGE_JS_BUDGET = 33 * KB;
/** A playground before interaction: its island, React and the shared UI — viem and PGlite load later. */
const PLAYGROUND_JS_BUDGET = 90 * KB;
/**
 * Pages whose code blocks use every language the site highlights (ini, js, sh, sql, ts, tsx). Code token
 * colours depend only on the theme and the token type, so these stand for every page's code blocks: axe
 * checks every token for contrast, which on a long guide is most of its run time.
 */
const CODE_SAMPLE_PAGES = ['/auth/auth0/', '/zh-cn/payments/okx-x402/'];
const CODE_TOKENS = '.expressive-code pre';
/**
 * Axe runs on one page per template and language: the landing page, 404, the overview, an auth guide
 * (all six share their components), the payments guide, a playground page (its island is also checked
 * in use by its own spec), and the compare views' sample — the index, an aside-heavy guide, the longest
 * guide, a playground. On the other pages, at 10 s or more each, it would only repeat those findings,
 * so they get every check but axe.
 */
const AXE_SAMPLES = new Set([
  '/',
  '/zh-cn/',
  '/404.html',
  '/zh-cn/404.html',
  '/overview/',
  '/zh-cn/overview/',
  '/auth/clerk/',
  '/zh-cn/auth/clerk/',
  '/payments/okx-x402/',
  '/zh-cn/payments/okx-x402/',
  '/playground/rls/',
  '/zh-cn/playground/x402/',
  '/compare/',
  '/zh-cn/compare/',
  '/compare/auth/clerk/',
  '/zh-cn/compare/payments/okx-x402/',
  '/compare/playground/jwt/',
  '/zh-cn/compare/playground/rls/',
]);

test('the build has pages in both languages', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/zh-cn/');
  expect(pages.filter((p) => p.startsWith('/zh-cn/')).length).toBe(pages.length / 2);
  expect(pages).toEqual(expect.arrayContaining([...AXE_SAMPLES]));
});

for (const path of pages) {
  const axed = AXE_SAMPLES.has(path);
  test(`${path} renders within its JS budget, with no console errors${axed ? ' and no axe violations' : ''}`, async ({
    page,
  }) => {
    const problems = consoleProblems(page);
    const weight = await measurePage(page, path);
    expect(weight.status).toBe(200);
    await expect(page.locator('h1').first()).toBeVisible();
    expect(await page.locator('html').getAttribute('lang')).toBe(path.startsWith('/zh-cn/') ? 'zh-CN' : 'en');

    if ((await page.locator('astro-island').count()) > 0) {
      expect(weight.js).toBeLessThanOrEqual(PLAYGROUND_JS_BUDGET);
    } else {
      expect(weight.react, 'a page without an island ships no React').toBe(false);
      expect(weight.js).toBeLessThanOrEqual(PAGE_JS_BUDGET);
    }

    if (axed) {
      let axe = new AxeBuilder({ page }).withTags(AXE_TAGS).options(VIOLATIONS_ONLY).exclude(CODE_TOKENS);
      // A compare view shows two pages' content, already checked on their own URLs with the same styles;
      // contrast, by far axe's slowest rule on a long page, cannot differ there.
      if (isCompareView(path)) axe = axe.disableRules(['color-contrast']);
      const { violations } = await axe.analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
    expect(problems).toEqual([]);
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const path of CODE_SAMPLE_PAGES) {
    test(`code blocks on ${path} have no axe violations in ${colorScheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      // The site lays out code blocks only near the viewport; axe must see every token's real colours.
      await page.addStyleTag({ content: '.expressive-code { content-visibility: visible !important; }' });
      const axe = await new AxeBuilder({ page })
        .withTags(AXE_TAGS)
        .options(VIOLATIONS_ONLY)
        .include(CODE_TOKENS)
        .analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length} nodes`)).toEqual([]);
    });
  }
}
