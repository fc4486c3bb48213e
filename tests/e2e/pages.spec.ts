import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { AXE_TAGS } from './islandText.ts';
import { sitePages } from './sitePages.ts';

const pages = sitePages();
const isCompareView = (path: string) => /^\/(zh-cn\/)?compare\//.test(path);

test('the build has pages in both languages', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/zh-cn/');
  expect(pages.filter((p) => p.startsWith('/zh-cn/')).length).toBe(pages.length / 2);
});

for (const path of pages) {
  test(`${path} renders with no console errors and no axe violations`, async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').first()).toBeVisible();
    expect(await page.locator('html').getAttribute('lang')).toBe(path.startsWith('/zh-cn/') ? 'zh-CN' : 'en');

    let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
    // A compare view repeats both pages' code blocks, whose every token axe checks for contrast (most of
    // its run time); each of those pages gets the full check on its own URL.
    if (isCompareView(path)) builder = builder.exclude('.expressive-code pre');
    const axe = await builder.analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(problems).toEqual([]);
  });
}

test('every internal link on every page resolves', async ({ page, request }) => {
  const seen = new Set<string>();
  for (const path of pages) {
    await page.goto(path);
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((links) =>
        links.map((a) => (a as HTMLAnchorElement).href).filter((h) => h.startsWith(location.origin)),
      );
    for (const href of hrefs) seen.add(href.split('#')[0] ?? href);
  }
  const broken: string[] = [];
  for (const href of seen) {
    const res = await request.get(href);
    if (res.status() !== 200) broken.push(`${href} → ${res.status()}`);
  }
  expect(broken).toEqual([]);
});
