import { expect, type Page, test } from '@playwright/test';
import { type IslandLocale, text } from './islandText.ts';

/** A first boot downloads and starts Postgres on a busy 2-core machine: a guard against hangs, not a speed check. */
const BOOT_TIMEOUT = 120_000;
/** The files a sandbox Worker boots from (PGlite's WebAssembly, its file bundle, the snapshot). */
const SANDBOX_FILES = /\/_astro\/(pglite\.(wasm|data)|pgdata\.tar)[.-][\w-]+\.gz$/;
const ENDLESS_SQL = 'select pg_sleep(1e6);';

const RLS_PATH: Record<IslandLocale, string> = { en: '/playground/rls/', 'zh-CN': '/zh-cn/playground/rls/' };

async function openRls(page: Page, locale: IslandLocale) {
  await page.goto(RLS_PATH[locale]);
  await page.locator('.pg-root').hover();
  await expect(page.locator('.pg-root[data-live]')).toBeAttached();
}

function runButton(page: Page, locale: IslandLocale) {
  return page.getByRole('button', {
    name: new RegExp(`^(${text(locale, 'rls.run.button')}|${text(locale, 'rls.run.again')})$`),
  });
}

async function runAndSeeMatrix(page: Page, locale: IslandLocale) {
  await runButton(page, locale).click();
  await expect(page.getByText(text(locale, 'rls.run.done', { table: 'notes' }))).toBeVisible({ timeout: BOOT_TIMEOUT });
  await expect(page.locator('.rls-matrix tbody tr')).toHaveCount(3);
}

async function runEndlessSql(page: Page, locale: IslandLocale) {
  await page.getByRole('textbox', { name: text(locale, 'rls.run.editor'), exact: true }).fill(ENDLESS_SQL);
  await runButton(page, locale).click();
  await expect(page.getByRole('button', { name: text(locale, 'rls.run.stop'), exact: true })).toBeVisible();
}

/** The page answers while Postgres is busy: a form edit re-renders the generated SQL. */
async function expectResponsive(page: Page, locale: IslandLocale) {
  await page.getByRole('textbox', { name: text(locale, 'rls.form.table'), exact: true }).fill('tasks');
  await expect(page.getByRole('figure', { name: text(locale, 'rls.sql.label') })).toContainText('public.tasks');
  await page.getByRole('textbox', { name: text(locale, 'rls.form.table'), exact: true }).fill('notes');
}

test('Run it shows the policy matrix from a Postgres that boots from the build’s snapshot', async ({ page }) => {
  test.setTimeout(BOOT_TIMEOUT * 2);
  const fetched: string[] = [];
  page.context().on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await openRls(page, 'en');
  await runAndSeeMatrix(page, 'en');
  expect(fetched.filter((path) => SANDBOX_FILES.test(path))).toHaveLength(3);
  // The raw, uncompressed files and initdb are never fetched.
  expect(fetched.filter((path) => /\.(wasm|data)$/.test(path))).toEqual([]);
});

test('Stop ends endless SQL while the page stays responsive, and the next run works', async ({ page }) => {
  test.setTimeout(BOOT_TIMEOUT * 2);
  await openRls(page, 'en');
  await runEndlessSql(page, 'en');
  await expectResponsive(page, 'en');
  await page.getByRole('button', { name: text('en', 'rls.run.stop'), exact: true }).click();
  await expect(page.getByRole('alert')).toContainText(text('en', 'errors.sandbox_stopped'));
  await expect(page.getByRole('button', { name: text('en', 'rls.run.stop'), exact: true })).toBeHidden();

  await page.getByRole('button', { name: text('en', 'rls.run.reset') }).click();
  await runAndSeeMatrix(page, 'en');
});

test('endless SQL is stopped for the reader after 10 s, with a message in Chinese', async ({ page }) => {
  test.setTimeout(BOOT_TIMEOUT * 2);
  await openRls(page, 'zh-CN');
  await runEndlessSql(page, 'zh-CN');
  await expect(page.getByRole('alert')).toContainText(text('zh-CN', 'errors.sandbox_timed_out', { seconds: 10 }), {
    timeout: BOOT_TIMEOUT,
  });
  await expectResponsive(page, 'zh-CN');
  await page.getByRole('button', { name: text('zh-CN', 'rls.run.reset') }).click();
  await runAndSeeMatrix(page, 'zh-CN');
});

test('the x402 test key appears without waiting for Postgres', async ({ page }) => {
  // With the sandbox's files unreachable, Postgres can never start: the key must not need it.
  await page.route(SANDBOX_FILES, (route) => route.abort());
  await page.goto('/playground/x402/');
  await page.locator('.pg-root').hover();
  await expect(page.locator('.pg-root[data-live]')).toBeAttached();
  await page.getByRole('button', { name: text('en', 'x402.pg.payer.create') }).click();
  await expect(page.getByText(/^0x[0-9a-fA-F]{40}$/)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
