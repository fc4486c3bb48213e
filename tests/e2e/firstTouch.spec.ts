import { expect, type Page, test } from '@playwright/test';
import { getProvider } from '../../playground/catalog/providers.ts';
import { type IslandLocale, text } from './islandText.ts';

/**
 * The reader's very first action on each playground, right after the page loads and with no wait for
 * the island to be live: it must take effect. The page runs at a phone's pace, so the island is still
 * loading when the action lands — the moment it used to be lost.
 */

const LOCALES = [
  { locale: 'en', prefix: '' },
  { locale: 'zh-CN', prefix: '/zh-cn' },
] as const;

/**
 * A phone's pace, as Lighthouse models it for its mobile runs: the CPU 4× slower and 150 ms more on every
 * request, so the island's script is still on its way when the first action lands.
 */
async function phonePace(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
}

/**
 * Moves the focus to `target` as a keyboard-only reader does: Tab to Starlight's "Skip to content" link,
 * Enter to pass the site navigation, then Tab through the page until `target` has the focus.
 */
async function tabTo(page: Page, target: ReturnType<Page['locator']>) {
  await page.keyboard.press('Tab');
  await expect(page.locator('.sl-skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  for (let presses = 0; presses < 30; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  await expect(target).toBeFocused();
}

/** The x402 playground's test key shows: it is made at once, without waiting for the ledger's Postgres. */
function keyShown(page: Page, locale: IslandLocale) {
  return page.getByText(text(locale, 'x402.pg.payer.address'), { exact: true });
}

for (const { locale, prefix } of LOCALES) {
  const jwt = `${prefix}/playground/jwt/`;
  const rls = `${prefix}/playground/rls/`;
  const x402 = `${prefix}/playground/x402/`;
  const sampleButton = (page: Page) =>
    page.getByRole('button', {
      name: text(locale, 'jwt.presets.loadRaw', { token: text(locale, 'jwt.presets.clerk.raw') }),
    });
  const tokenField = (page: Page) => page.getByRole('textbox', { name: text(locale, 'jwt.token.label'), exact: true });
  const claims = (page: Page) => page.getByRole('table');
  const sql = (page: Page) => page.getByRole('figure', { name: text(locale, 'rls.sql.label') });
  const createKey = (page: Page) => page.getByRole('button', { name: text(locale, 'x402.pg.payer.create') });

  test.describe(`${locale}: a phone tap right after load`, () => {
    test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

    test('JWT: "Load a sample" decodes the token', async ({ page }) => {
      await phonePace(page);
      await page.goto(jwt);
      await sampleButton(page).tap();
      await expect(tokenField(page)).toHaveValue(/^eyJ/);
      await expect(claims(page).getByRole('rowheader', { name: 'sub', exact: true })).toBeVisible();
    });

    test('RLS: "Add a column" adds it to the form and the SQL', async ({ page }) => {
      await phonePace(page);
      await page.goto(rls);
      await page.getByRole('button', { name: text(locale, 'rls.form.addColumn') }).tap();
      await expect(sql(page)).toContainText('column_2 text');
    });

    test('RLS: unticking a checkbox drops its statement from the SQL', async ({ page }) => {
      await phonePace(page);
      await page.goto(rls);
      const index = page.getByRole('checkbox', { name: text(locale, 'rls.option.index') });
      await index.tap();
      await expect(index).not.toBeChecked();
      await expect(sql(page)).toContainText('enable row level security');
      await expect(sql(page)).not.toContainText('create index');
    });

    test('x402: "Create the test key" starts at once', async ({ page }) => {
      await phonePace(page);
      await page.goto(x402);
      await createKey(page).tap();
      await expect(keyShown(page, locale)).toBeVisible();
    });
  });

  // Behaviour is tested once, in English; in Chinese the taps above prove each island's strings and wiring.
  if (locale !== 'en') continue;

  test.describe(`${locale}: keyboard only, right after load`, () => {
    test('JWT: Tab to "Load a sample", Enter decodes it', async ({ page }) => {
      await phonePace(page);
      await page.goto(jwt);
      await tabTo(page, sampleButton(page));
      await page.keyboard.press('Enter');
      await expect(tokenField(page)).toHaveValue(/^eyJ/);
      await expect(sampleButton(page)).toBeFocused();
    });

    test('RLS: Tab to the provider menu, an arrow key picks the next provider', async ({ page }) => {
      await phonePace(page);
      await page.goto(rls);
      const provider = page.getByRole('combobox', { name: text(locale, 'rls.form.provider') });
      await tabTo(page, provider);
      await page.keyboard.press('ArrowDown');
      await expect(provider).toHaveValue('auth0');
      await expect(sql(page)).toContainText(getProvider('auth0').userId.examples[0]);
      await expect(provider).toBeFocused();
    });

    test('x402: Tab to "Create the test key", Space starts it', async ({ page }) => {
      await phonePace(page);
      await page.goto(x402);
      await tabTo(page, createKey(page));
      await page.keyboard.press('Space');
      await expect(keyShown(page, locale)).toBeVisible();
    });

    test('x402: Tab to "Pay with", an arrow key picks the browser wallet', async ({ page }) => {
      await phonePace(page);
      await page.goto(x402);
      const testKey = page.getByRole('radio', { name: text(locale, 'x402.pg.payer.test-key') });
      await tabTo(page, testKey);
      await page.keyboard.press('ArrowDown');
      const wallet = page.getByRole('radio', { name: text(locale, 'x402.pg.payer.wallet') });
      await expect(wallet).toBeChecked();
      await expect(page.getByText(text(locale, 'x402.pg.wallet.warning'))).toBeVisible();
      await expect(createKey(page)).toHaveCount(0);
      await expect(wallet).toBeFocused();
    });
  });

  test.describe(`${locale}: typed or chosen before the island is live`, () => {
    test('JWT: a token pasted into the field is decoded and stays', async ({ page }) => {
      await phonePace(page);
      await page.goto(jwt);
      const token = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJmaXJzdC10b3VjaCJ9.c2ln';
      await tokenField(page).focus();
      await page.keyboard.insertText(token);
      await expect(claims(page).getByRole('row', { name: /^sub / })).toContainText('"first-touch"');
      await expect(tokenField(page)).toHaveValue(token);
      await expect(tokenField(page)).toBeFocused();
    });

    test('RLS: a table name typed at once is the one the SQL uses', async ({ page }) => {
      await phonePace(page);
      await page.goto(rls);
      const table = page.getByRole('textbox', { name: text(locale, 'rls.form.table'), exact: true });
      await table.selectText();
      await page.keyboard.type('todos');
      await expect(sql(page)).toContainText('create table if not exists public.todos (');
      await expect(table).toHaveValue('todos');
      await expect(table).toBeFocused();
    });

    test('RLS: a provider chosen at once is the one the SQL uses', async ({ page }) => {
      await phonePace(page);
      await page.goto(rls);
      const provider = page.getByRole('combobox', { name: text(locale, 'rls.form.provider') });
      await provider.focus();
      await provider.selectOption('kinde');
      await expect(sql(page)).toContainText(getProvider('kinde').userId.examples[0]);
      await expect(provider).toHaveValue('kinde');
      await expect(page).toHaveURL(/provider=kinde/);
    });

    test('x402: a header pasted into the inspector is decoded', async ({ page }) => {
      await phonePace(page);
      await page.goto(x402);
      const header = Buffer.from(JSON.stringify({ x402Version: 2, accepts: [] })).toString('base64');
      await page.getByRole('textbox', { name: text(locale, 'x402.pg.inspector.value') }).focus();
      await page.keyboard.insertText(header);
      await expect(
        page.getByText(
          text(locale, 'x402.pg.inspector.verdict', {
            kind: text(locale, 'x402.pg.kind.payment-required'),
            dialect: text(locale, 'x402.pg.dialect.v2'),
          }),
        ),
      ).toBeVisible();
    });
  });
}

test('x402: a second tab nobody touched shows the payment made in the first', async ({ context }) => {
  // The first payment boots Postgres in the page: slow on a shared 2-core machine.
  const firstPayment = { timeout: 90_000 };
  test.setTimeout(150_000);
  const untouched = await context.newPage();
  await untouched.goto('/playground/x402/');
  const payer = await context.newPage();
  await payer.goto('/playground/x402/');
  await payer.getByRole('button', { name: text('en', 'x402.pg.pay.button', { amount: '0.000001 USDG' }) }).click();
  await expect(payer.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'paid', firstPayment);

  await expect(untouched.locator('[data-total="count"]')).toHaveText('1');
  await expect(untouched.locator('.x4-payments tbody tr')).toHaveCount(1);
});
