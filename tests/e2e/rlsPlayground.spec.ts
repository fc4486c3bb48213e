import { expect, type Page, test } from '@playwright/test';
import { measurePage } from '../../scripts/pageWeight.mjs';
import { islandAxe, text } from './islandText.ts';

const LOCALES = [
  { locale: 'en', path: '/playground/rls/' },
  { locale: 'zh-CN', path: '/zh-cn/playground/rls/' },
] as const;
type Locale = (typeof LOCALES)[number]['locale'];

/** PGlite downloads and boots on the first run; on a busy 2-core machine that can take a while. */
const BOOT_TIMEOUT = 120_000;
/** Code that must wait until the reader asks to run, recognised by content (bundle names say nothing): PGlite, the SDK. */
const HEAVY_MARKERS = { pglite: 'pglite.wasm', sdk: 'insforge_code' } as const;

/** Opens the playground; the first action follows at once, as a reader's does (no wait for the island to be live). */
async function openPlayground(page: Page, path: string) {
  await page.goto(path);
}

function field(page: Page, locale: Locale, key: string) {
  return page.getByRole('textbox', { name: text(locale, key), exact: true });
}

/** The matrix row of one persona (its header starts with the persona's name; users also show their id). */
function matrixRow(page: Page, locale: Locale, persona: 'a' | 'b' | 'anon') {
  return page
    .locator('.rls-matrix tbody tr')
    .filter({ has: page.getByRole('rowheader', { name: text(locale, `rls.persona.${persona}`) }) });
}

async function run(page: Page, locale: Locale) {
  await page.getByRole('button', { name: text(locale, 'rls.run.button'), exact: true }).click();
  await expect(page.getByText(text(locale, 'rls.run.done', { table: 'notes' }))).toBeVisible({
    timeout: BOOT_TIMEOUT,
  });
}

for (const { locale, path } of LOCALES) {
  test.describe(`${locale}`, () => {
    test('generates the SQL with an explanation per statement, and refuses a hostile name beside its field', async ({
      page,
    }) => {
      await openPlayground(page, path);
      const sql = page.getByRole('figure', { name: text(locale, 'rls.sql.label') });
      await expect(sql).toContainText('create table if not exists public.notes (');
      await expect(sql).toContainText('user_id text not null default public.requesting_user_id()');
      await expect(page.getByText(text(locale, 'rls.explain.reload_schema'))).toBeVisible();

      await page.getByRole('combobox', { name: text(locale, 'rls.form.pattern') }).selectOption('public-read');
      await expect(sql).toContainText('for select to authenticated, anon');

      const table = field(page, locale, 'rls.form.table');
      await table.fill('x; drop table y');
      const error = text(locale, 'errors.invalid_identifier', { value: 'x; drop table y' });
      await expect(table).toHaveAttribute('aria-invalid', 'true');
      await expect(table).toHaveAccessibleDescription(error);
      await expect(table).toHaveValue('x; drop table y');
      await expect(page.getByText(text(locale, 'rls.sql.invalid'))).toBeVisible();
      await expect(page.locator('.pg-root')).not.toContainText('drop table y;');
      await expect(page.getByRole('button', { name: text(locale, 'rls.run.button'), exact: true })).toBeDisabled();

      await table.fill('Notes');
      await expect(sql).toContainText('public."Notes"');
    });

    // Behaviour is tested once, in English. In Chinese the test above proves the island's strings and
    // wiring; the dictionaries' parity is a unit test.
    if (locale !== 'en') return;

    test('runs on Postgres in the tab: B and anon cannot reach A’s row, the SDK sees the same, nothing leaves the page', async ({
      page,
      baseURL,
    }) => {
      test.setTimeout(BOOT_TIMEOUT * 2);
      const origins = new Set<string>();
      page.on('request', (request) => origins.add(new URL(request.url()).origin));
      await openPlayground(page, path);
      await run(page, locale);

      const cell = (persona: 'a' | 'b' | 'anon', column: number) =>
        matrixRow(page, locale, persona).getByRole('cell').nth(column);
      const allowed = (count: number) => text(locale, 'rls.outcome.allowed', { count });
      const noRows = text(locale, 'rls.outcome.no_rows');
      // SELECT, INSERT, UPDATE, DELETE: A's two rows, and one row of A's own inserted.
      for (const [column, expected] of [allowed(2), allowed(1), allowed(2), allowed(2)].entries()) {
        await expect(cell('a', column)).toHaveText(new RegExp(`${literal(expected)}$`));
      }
      for (const column of [0, 2, 3]) {
        await expect(cell('b', column)).toHaveText(new RegExp(`${literal(noRows)}$`));
        await expect(cell('anon', column)).toHaveText(new RegExp(`${literal(noRows)}$`));
      }
      await expect(cell('anon', 1)).toHaveText(
        new RegExp(`${literal(text(locale, 'rls.outcome.denied', { sqlState: '42501' }))}$`),
      );

      // The SDK panel: user A's token gets A's two rows, user B's token only B's row, anon nothing.
      const panel = page.locator('.rls-sdk');
      await expect(panel.getByRole('figure', { name: text(locale, 'rls.sdk.call') })).toContainText(
        'accessToken: tokenForUserA',
      );
      await expect(panel.getByText(text(locale, 'rls.sdk.rows', { count: 2 }))).toBeVisible();
      await expect(panel).toContainText('GET /api/database/records/notes?select=*');
      await expect(panel).toContainText('"sub":"user_2xPnG8KxVQr"');
      await panel.getByRole('tab', { name: text(locale, 'rls.persona.b') }).click();
      await expect(panel.getByText(text(locale, 'rls.sdk.rows', { count: 1 }))).toBeVisible();
      await expect(panel.getByRole('figure', { name: text(locale, 'rls.sdk.data') })).toContainText('B · notes #1');
      await expect(panel.getByRole('figure', { name: text(locale, 'rls.sdk.data') })).not.toContainText('A · notes');
      await panel.getByRole('tab', { name: text(locale, 'rls.persona.anon') }).click();
      await expect(panel.getByText(text(locale, 'rls.sdk.rows', { count: 0 }))).toBeVisible();
      // Inserting: anon is refused as PostgREST refuses it; user B's row gets B's id from the token.
      await panel.getByRole('radio', { name: text(locale, 'rls.sdk.operation.insert') }).check();
      await expect(panel.getByText(text(locale, 'rls.sdk.error', { status: 401 }))).toBeVisible();
      await panel.getByRole('tab', { name: text(locale, 'rls.persona.b') }).click();
      await expect(panel.getByRole('figure', { name: text(locale, 'rls.sdk.data') })).toContainText(
        '"user_id": "user_2yQoH4LmTZa"',
      );
      await expect(panel).toContainText('POST /api/database/records/notes?');
      await expect(panel).not.toContainText('eyJ');

      // Edit the SQL, run again: Postgres' error points at the line and column.
      const editor = field(page, locale, 'rls.run.editor');
      const broken = `${await editor.inputValue()}select * from nowhere;\n`;
      await editor.fill(broken);
      await page.getByRole('button', { name: text(locale, 'rls.run.again') }).click();
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(text(locale, 'errors.sql_error', { sqlState: '42P01' }), {
        timeout: BOOT_TIMEOUT,
      });
      await expect(alert).toContainText(
        text(locale, 'rls.run.errorAt', { line: broken.split('\n').length - 1, character: 15 }),
      );
      await page.getByRole('button', { name: text(locale, 'rls.run.reset') }).click();
      await expect(editor).not.toHaveValue(/nowhere/);

      expect([...origins]).toEqual([new URL(baseURL ?? '').origin]);
    });

    test('a shared link restores the form, and a garbled one opens the defaults', async ({ page }) => {
      await openPlayground(page, path);
      await page.getByRole('combobox', { name: text(locale, 'rls.form.provider') }).selectOption('kinde');
      await field(page, locale, 'rls.form.table').fill('messages');
      await page.getByRole('combobox', { name: text(locale, 'rls.form.pattern') }).selectOption('insert-only-inbox');
      // Clicked while the island may be hydrating: hydration can reset the box for a moment before the
      // recorded click is replayed, so what counts is where it settles.
      const index = page.getByRole('checkbox', { name: text(locale, 'rls.option.index') });
      await index.click();
      await expect(index).not.toBeChecked();
      // The reader copies the link once it holds all four changes (they may still be taking effect).
      await expect(page).toHaveURL(
        /provider=kinde&table=messages&.*pattern=insert-only-inbox&.*options=idempotent%2Cgrants%2CwrapInSelect$/,
      );
      const link = page.url();

      await page.goto('about:blank');
      await page.goto(link);
      await expect(page.locator('.pg-root[data-live]')).toBeAttached();
      await expect(page.getByRole('combobox', { name: text(locale, 'rls.form.provider') })).toHaveValue('kinde');
      await expect(field(page, locale, 'rls.form.table')).toHaveValue('messages');
      await expect(page.getByRole('combobox', { name: text(locale, 'rls.form.pattern') })).toHaveValue(
        'insert-only-inbox',
      );
      await expect(page.getByRole('checkbox', { name: text(locale, 'rls.option.index') })).not.toBeChecked();
      await expect(page.getByRole('figure', { name: text(locale, 'rls.sql.label') })).toContainText(
        'kp_1234abcd5678ef90',
      );

      await page.goto('about:blank');
      await page.goto(`${path}#provider=okta&table=x%3Bdrop&columns=%%%&pattern=everyone`);
      await expect(page.locator('.pg-root[data-live]')).toBeAttached();
      await expect(field(page, locale, 'rls.form.table')).toHaveValue('notes');
      await expect(page.getByRole('combobox', { name: text(locale, 'rls.form.provider') })).toHaveValue('clerk');
      await expect(page.getByRole('combobox', { name: text(locale, 'rls.form.pattern') })).toHaveValue('owner-only');
    });
  });
}

test('works from the keyboard: focus wakes the island, Enter runs it', async ({ page }) => {
  test.setTimeout(BOOT_TIMEOUT * 2);
  await page.goto('/playground/rls/');
  const table = field(page, 'en', 'rls.form.table');
  for (let presses = 0; presses < 60 && !(await table.evaluate((el) => el === document.activeElement)); presses++) {
    await page.keyboard.press('Tab');
  }
  await expect(table).toBeFocused();
  await page.getByRole('button', { name: text('en', 'rls.run.button'), exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(text('en', 'rls.run.done', { table: 'notes' }))).toBeVisible({ timeout: BOOT_TIMEOUT });
});

test('before a run the page stays within 90 KB of gzipped JavaScript; PGlite loads once the reader reaches for the island, the SDK on Run it', async ({
  page,
}) => {
  test.setTimeout(BOOT_TIMEOUT * 2);
  const before = await measurePage(page, '/playground/rls/');
  expect(before.js).toBeLessThanOrEqual(90 * 1024);
  expect(before.react, 'React loads when the reader reaches for the playground').toBe(false);

  const loaded = new Set<keyof typeof HEAVY_MARKERS>();
  const files: string[] = [];
  page.on('response', async (response) => {
    files.push(response.url());
    if (response.request().resourceType() !== 'script') return;
    const body = await response.text().catch(() => '');
    for (const [name, marker] of Object.entries(HEAVY_MARKERS)) {
      if (body.includes(marker)) loaded.add(name as keyof typeof HEAVY_MARKERS);
    }
  });
  expect([...loaded]).toEqual([]);
  await page.locator('.pg-root').hover();
  await expect(page.locator('.pg-root[data-live]')).toBeAttached();
  // Reaching for the island starts Postgres before any click, so Run it finds it warm.
  await expect.poll(() => [...loaded]).toEqual(['pglite']);
  await field(page, 'en', 'rls.form.table').fill('todos');
  await expect(page.getByRole('figure', { name: text('en', 'rls.sql.label') })).toContainText('public.todos');
  await page.getByRole('button', { name: text('en', 'rls.run.button'), exact: true }).click();
  await expect(page.getByText(text('en', 'rls.run.done', { table: 'todos' }))).toBeVisible({ timeout: BOOT_TIMEOUT });
  await expect(page.getByText(text('en', 'rls.sdk.rows', { count: 2 }))).toBeVisible();
  await expect.poll(() => [...loaded].sort()).toEqual(['pglite', 'sdk']);
  expect(files.filter((url) => /pglite\.wasm[.-][\w-]+\.gz$/.test(url))).toHaveLength(1);
});

// Before use, the island is checked with its whole page by pages.spec.ts (/playground/rls/ is a sample).
test('fits a 375 px phone and has no axe violations with the matrix and the SDK panel shown, in light and dark', async ({
  page,
}) => {
  test.setTimeout(BOOT_TIMEOUT * 2);
  await page.setViewportSize({ width: 375, height: 812 });
  await openPlayground(page, '/playground/rls/');
  await run(page, 'en');
  await expect(page.locator('.rls-sdk .pg-code-body .shiki').first()).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    // Starlight's theme lives on <html data-theme>; switching it there avoids booting Postgres twice.
    await page.evaluate((theme) => {
      document.documentElement.dataset.theme = theme;
    }, colorScheme);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, colorScheme).toBeLessThanOrEqual(0);
    const axe = await islandAxe(page).analyze();
    expect(
      axe.violations.map((v) => `${colorScheme}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  }
});

function literal(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
