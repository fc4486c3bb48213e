import { expect, type Locator, test } from '@playwright/test';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/** Wide tables on a phone: a catalog table with row headers, and a Markdown table, in both languages. */
const TABLES = [
  { path: '/auth/clerk/', region: 'Environment variables', firstCell: 'NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY' },
  { path: '/zh-cn/overview/', region: '认证提供商一览', firstCell: 'Clerk' },
  { path: '/zh-cn/playground/x402/', region: '可以重现的错误', firstCell: '重放' },
];

/** The edge shades: `scroll`-attached gradients behind content, covered by `local` ones at each end. */
const hint = (region: Locator) =>
  region.evaluate((element) => {
    const style = getComputedStyle(element);
    return { image: style.backgroundImage, attachment: style.backgroundAttachment };
  });

const scrollRoom = (region: Locator) => region.evaluate((element) => element.scrollWidth - element.clientWidth);

for (const { path, region: name, firstCell } of TABLES) {
  test(`${path}: a wide table shows that it scrolls, and keeps its first column in view`, async ({ page }) => {
    await page.goto(path);
    const region = page.getByRole('region', { name });
    await region.scrollIntoViewIfNeeded();
    expect(await scrollRoom(region), 'the table is wider than the phone').toBeGreaterThan(40);

    const { image, attachment } = await hint(region);
    expect(image.match(/radial-gradient/g), 'a shade for each edge').toHaveLength(2);
    expect(attachment).toContain('local');
    expect(attachment).toContain('scroll');

    const first = region.getByText(firstCell, { exact: true }).first();
    const second = region.locator('thead th').nth(1);
    const before = { first: await first.boundingBox(), second: await second.boundingBox() };

    // A keyboard reader scrolls the focused table with the arrow keys, as a finger swipes it.
    await region.focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(40);

    const after = { first: await first.boundingBox(), second: await second.boundingBox() };
    expect(after.second?.x, 'the other columns moved').toBeLessThan((before.second?.x ?? 0) - 20);
    expect(after.first?.x, 'the first column stayed').toBe(before.first?.x);
    // What slides under the first column is hidden, not shown through it.
    const background = await first.evaluate(
      (element) => getComputedStyle(element.closest('th, td') ?? element).backgroundColor,
    );
    expect(background).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
  });
}
