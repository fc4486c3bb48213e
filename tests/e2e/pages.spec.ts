import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { localeOfPath } from '../../playground/catalog/locale.ts';
import { measurePage } from '../../scripts/pageWeight.mjs';
import { isCompareView } from '../../src/lib/pageKinds.ts';
import { readBuilt, sitePages, tags } from '../build/builtSite.ts';
import { consoleProblems } from './consoleProblems.ts';
import { AXE_TAGS, VIOLATIONS_ONLY } from './islandText.ts';

const pages = sitePages();

const KB = 1024;
/** A bare Starlight 0.42 page with a code block ships ≈ 31 KB; a page of ours may add 2 KB. */
const PAGE_JS_BUDGET = 33 * KB;
/** A playground before interaction: its island, React and the shared UI — viem and PGlite load later. */
const PLAYGROUND_JS_BUDGET = 90 * KB;
/**
 * Guides whose code blocks, together, use every language the site highlights. Code token
 * colours depend only on the theme and the token type, so these stand for every page's code blocks: axe
 * checks every token for contrast, which on a long guide is most of its run time. Their sample run checks
 * the tokens in the light theme; a second run checks them in the dark one.
 */
const CODE_SAMPLE_PAGES = ['/auth/auth0/', '/zh-cn/auth/clerk/'];
const CODE_TOKENS = '.expressive-code pre';
/**
 * One page per template and language, in a browser: the landing page, 404, the overview (the catalog's
 * tables), a guide (all seven share their components), a playground and a compare view. Every page's
 * build output — scripts, links, tags, cards — is checked without a browser in `tests/build/`.
 */
const SAMPLES = [
  '/',
  '/zh-cn/',
  '/404.html',
  '/zh-cn/404.html',
  '/overview/',
  '/zh-cn/overview/',
  ...CODE_SAMPLE_PAGES,
  '/playground/rls/',
  '/zh-cn/playground/x402/',
  '/compare/auth/clerk/',
  '/zh-cn/compare/playground/rls/',
];

test('the samples are pages of the build, and the code samples cover every highlighted language', () => {
  expect(pages).toEqual(expect.arrayContaining(SAMPLES));
  const languagesOf = (paths: readonly string[]) =>
    new Set(paths.flatMap((path) => tags(readBuilt(path), 'pre').flatMap((pre) => pre['data-language'] ?? [])));
  expect([...languagesOf(CODE_SAMPLE_PAGES)].sort()).toEqual([...languagesOf(pages)].sort());
});

for (const path of SAMPLES) {
  test(`${path} renders within its JS budget, with no console errors and no axe violations`, async ({ page }) => {
    const problems = consoleProblems(page);
    const weight = await measurePage(page, path);
    expect(weight.status).toBe(200);
    await expect(page.locator('h1').first()).toBeVisible();
    expect(await page.locator('html').getAttribute('lang')).toBe(localeOfPath(path));

    if ((await page.locator('astro-island').count()) > 0) {
      expect(weight.js).toBeLessThanOrEqual(PLAYGROUND_JS_BUDGET);
    } else {
      expect(weight.react, 'a page without an island ships no React').toBe(false);
      expect(weight.js).toBeLessThanOrEqual(PAGE_JS_BUDGET);
    }

    let axe = new AxeBuilder({ page }).withTags(AXE_TAGS).options(VIOLATIONS_ONLY);
    if (CODE_SAMPLE_PAGES.includes(path)) {
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
      await layOutAllCode(page);
    } else {
      axe = axe.exclude(CODE_TOKENS);
    }
    // A compare view shows two pages' content, already checked on their own URLs with the same styles;
    // contrast, by far axe's slowest rule on a long page, cannot differ there.
    if (isCompareView(path)) axe = axe.disableRules(['color-contrast']);
    const { violations } = await axe.analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(problems).toEqual([]);
  });
}

for (const path of CODE_SAMPLE_PAGES) {
  test(`code blocks on ${path} have no axe violations in dark mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await layOutAllCode(page);
    const axe = await new AxeBuilder({ page })
      .withTags(AXE_TAGS)
      .options(VIOLATIONS_ONLY)
      .include(CODE_TOKENS)
      .analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length} nodes`)).toEqual([]);
  });
}

/** The site lays out code blocks only near the viewport; axe must see every token's real colours. */
function layOutAllCode(page: Page) {
  return page.addStyleTag({ content: '.expressive-code { content-visibility: visible !important; }' });
}
