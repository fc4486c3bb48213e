import { expect, test } from '@playwright/test';
import { text } from './islandText.ts';

const CASES = [
  { locale: 'en', guide: '/auth/kinde/', label: 'Try it in your browser' },
  { locale: 'zh-CN', guide: '/zh-cn/auth/kinde/', label: '在浏览器里直接试用' },
] as const;

for (const { locale, guide, label } of CASES) {
  test(`${guide} opens the JWT and RLS playgrounds with Kinde already chosen`, async ({ page }) => {
    for (const [index, providerLabel] of ['jwt.presets.provider', 'rls.form.provider'].entries()) {
      await page.goto(guide);
      await page.getByRole('navigation', { name: label }).getByRole('link').nth(index).click();
      // A link that carries state hydrates the island at once; the select then shows the guide's provider.
      await expect(page.getByRole('combobox', { name: text(locale, providerLabel) })).toHaveValue('kinde');
    }
  });
}
