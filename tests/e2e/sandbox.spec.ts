import { expect, type Page, test } from '@playwright/test';
import { text } from './islandText.ts';

/** A first boot downloads and starts Postgres on a busy 2-core machine: a guard against hangs, not a speed check. */
const BOOT_TIMEOUT = 120_000;
/** The files a sandbox Worker boots from (PGlite's WebAssembly, its file bundle, the snapshot). */
const SANDBOX_FILES = /\/_astro\/(pglite\.(wasm|data)|pgdata\.tar)[.-][\w-]+\.gz$/;
const ENDLESS_SQL = 'select pg_sleep(1e6);';

async function openRls(page: Page) {
  await page.goto('/playground/rls/');
  await page.locator('.pg-root').hover();
  await expect(page.locator('.pg-root[data-live]')).toBeAttached();
}

function runButton(page: Page) {
  return page.getByRole('button', {
    name: new RegExp(`^(${text('en', 'rls.run.button')}|${text('en', 'rls.run.again')})$`),
  });
}

async function runAndSeeMatrix(page: Page) {
  await runButton(page).click();
  await expect(page.getByText(text('en', 'rls.run.done', { table: 'notes' }))).toBeVisible({ timeout: BOOT_TIMEOUT });
  await expect(page.locator('.rls-matrix tbody tr')).toHaveCount(3);
}

async function runEndlessSql(page: Page) {
  await page.getByRole('textbox', { name: text('en', 'rls.run.editor'), exact: true }).fill(ENDLESS_SQL);
  await runButton(page).click();
  await expect(page.getByRole('button', { name: text('en', 'rls.run.stop'), exact: true })).toBeVisible();
}

/** The page answers while Postgres is busy: a form edit re-renders the generated SQL. */
async function expectResponsive(page: Page) {
  await page.getByRole('textbox', { name: text('en', 'rls.form.table'), exact: true }).fill('tasks');
  await expect(page.getByRole('figure', { name: text('en', 'rls.sql.label') })).toContainText('public.tasks');
  await page.getByRole('textbox', { name: text('en', 'rls.form.table'), exact: true }).fill('notes');
}

test.describe('one page, one Postgres at a time', () => {
  // The tests follow a reader through one visit: Run it, Stop, then SQL that never ends. Sharing the page
  // keeps PGlite's download and compile to once for the file.
  test.describe.configure({ mode: 'serial', timeout: BOOT_TIMEOUT * 2 });
  let page: Page;
  const fetched: string[] = [];
  test.beforeAll(async ({ browser }, testInfo) => {
    page = await browser.newPage({ baseURL: testInfo.project.use.baseURL });
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  });
  test.afterAll(() => page.close());

  test('Run it shows the policy matrix from a Postgres that boots from the build’s snapshot', async () => {
    await openRls(page);
    await runAndSeeMatrix(page);
    expect(fetched.filter((path) => SANDBOX_FILES.test(path))).toHaveLength(3);
    // The raw, uncompressed files and initdb are never fetched.
    expect(fetched.filter((path) => /\.(wasm|data)$/.test(path))).toEqual([]);
  });

  test('Stop ends endless SQL while the page stays responsive, and the next run works', async () => {
    await runEndlessSql(page);
    await expectResponsive(page);
    await page.getByRole('button', { name: text('en', 'rls.run.stop'), exact: true }).click();
    await expect(page.getByRole('alert')).toContainText(text('en', 'errors.sandbox_stopped'));
    await expect(page.getByRole('button', { name: text('en', 'rls.run.stop'), exact: true })).toBeHidden();

    await page.getByRole('button', { name: text('en', 'rls.run.reset') }).click();
    await runAndSeeMatrix(page);
  });

  test('endless SQL is stopped for the reader after 10 s, and the next run works', async () => {
    await runEndlessSql(page);
    await expect(page.getByRole('alert')).toContainText(text('en', 'errors.sandbox_timed_out', { seconds: 10 }), {
      timeout: BOOT_TIMEOUT,
    });
    await expectResponsive(page);
    await page.getByRole('button', { name: text('en', 'rls.run.reset') }).click();
    await runAndSeeMatrix(page);
  });
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
