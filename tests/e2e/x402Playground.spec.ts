import { expect, type Page, test } from '@playwright/test';
import { measurePage } from '../../scripts/pageWeight.mjs';
import { islandAxe, text } from './islandText.ts';

const LOCALES = [
  { locale: 'en', path: '/playground/x402/' },
  { locale: 'zh-CN', path: '/zh-cn/playground/x402/' },
] as const;
type Locale = (typeof LOCALES)[number]['locale'];

/** The first payment downloads and boots PostgreSQL in the page: slow on a shared 2-core machine. */
const FIRST_RUN = { timeout: 50_000 };

/** The documented failure of each mistake toggle: where it fails and with which reason. */
const MISTAKES = [
  { mistake: 'wrong_domain', step: 'verify', reason: 'invalid_exact_evm_signature', rows: 0 },
  { mistake: 'expired', step: 'verify', reason: 'invalid_exact_evm_payload_authorization_valid_before', rows: 0 },
  {
    mistake: 'amount_mismatch',
    step: 'verify',
    reason: 'invalid_exact_evm_payload_authorization_value_mismatch',
    rows: 0,
  },
  { mistake: 'wrong_pay_to', step: 'verify', reason: 'invalid_exact_evm_recipient_mismatch', rows: 0 },
  // The first payment goes through (one row), its replay is refused.
  { mistake: 'replay', step: 'replay', reason: 'invalid_exact_evm_nonce_already_used', rows: 1 },
] as const;

/** Opens the playground; the first action follows at once, as a reader's does (no wait for the island to be live). */
async function openPlayground(page: Page, path: string) {
  await page.goto(path);
}

function payButton(page: Page, locale: Locale) {
  return page.getByRole('button', { name: text(locale, 'x402.pg.pay.button', { amount: '0.000001 USDG' }) });
}

async function pay(page: Page, locale: Locale, mistake = 'none') {
  await page.getByRole('radio', { name: text(locale, `x402.pg.mistake.${mistake}`) }).check();
  await payButton(page, locale).click();
  // A first click may land before the island is live, so the button is not yet busy: wait for an outcome.
  await expect(page.locator('[data-outcome]')).toBeAttached(FIRST_RUN);
  await expect(payButton(page, locale)).toBeEnabled(FIRST_RUN);
}

const count = (page: Page) => page.locator('[data-total="count"]');
const step = (page: Page, id: string) => page.locator(`[data-step="${id}"]`);

for (const { locale, path } of LOCALES) {
  test.describe(`${locale}`, () => {
    test('happy path: one ledger row, and the dashboard updates here and in a second tab', async ({
      context,
      page,
      baseURL,
    }) => {
      const requests: string[] = [];
      context.on('request', (request) => requests.push(request.url()));
      const second = await context.newPage();
      await openPlayground(second, path);
      await openPlayground(page, path);

      await pay(page, locale);
      await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'paid');
      for (const id of ['request', 'challenge', 'sign', 'verify', 'settle', 'deliver']) {
        await expect(step(page, id)).toHaveAttribute('data-status', 'ok');
      }
      await expect(count(page)).toHaveText('1');
      await expect(page.locator('.x4-payments tbody tr')).toHaveCount(1);
      await expect(count(second)).toHaveText('1');
      await expect(second.locator('.x4-payments tbody tr')).toHaveCount(1);

      // The 402 exchange shows its PAYMENT-REQUIRED header decoded.
      const request = step(page, 'request');
      await request.locator('summary').click();
      await expect(request.getByRole('rowheader', { name: 'PAYMENT-REQUIRED' })).toBeVisible();
      await expect(request.getByText('"x402Version": 2').first()).toBeVisible();

      const origin = new URL(baseURL ?? '').origin;
      expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
      // The test key stays in sessionStorage: not in localStorage, not in the URL.
      const stored = await page.evaluate(() => ({
        local: JSON.stringify({ ...localStorage }),
        key: sessionStorage.getItem('insforge-x402-playground:test-key') ?? '',
        url: location.href,
      }));
      expect(stored.key).toMatch(/^0x[0-9a-f]{64}$/);
      expect(stored.local).not.toContain(stored.key.slice(2));
      expect(stored.url).not.toContain(stored.key.slice(2));
    });

    // Behaviour is tested once, in English. In Chinese the test above proves the island's strings and
    // wiring; the dictionaries' parity is a unit test.
    if (locale !== 'en') return;

    test('each mistake toggle fails as documented', async ({ page }) => {
      await openPlayground(page, path);
      let rows = 0;
      for (const { mistake, step: failing, reason, rows: added } of MISTAKES) {
        await pay(page, locale, mistake);
        const outcome = page.locator('[data-outcome]');
        await expect(outcome).toHaveAttribute('data-outcome', 'refused');
        await expect(outcome).toContainText(reason);
        await expect(outcome).toContainText(text(locale, `x402.reason.${reason}`));
        await expect(step(page, failing)).toHaveAttribute('data-status', 'failed');
        rows += added;
        await expect(count(page)).toHaveText(String(rows));
      }
      await expect(page.locator('[data-outcome]')).not.toContainText(text(locale, 'x402.okx.wrongDomain'));
      await pay(page, locale, 'wrong_domain');
      await expect(page.locator('[data-outcome]')).toContainText(text(locale, 'x402.okx.wrongDomain'));

      await pay(page, locale, 'insert_fails');
      const outcome = page.locator('[data-outcome]');
      await expect(outcome).toHaveAttribute('data-outcome', 'paid_not_recorded');
      await expect(outcome).toContainText(/\[payment-log\] insert failed tx_hash=0x[0-9a-f]{64}/);
      await expect(step(page, 'settle')).toHaveAttribute('data-status', 'ok');
      await expect(step(page, 'deliver')).toHaveAttribute('data-status', 'warning');
      await expect(count(page)).toHaveText(String(rows));
    });

    test('a shared link reopens the same mistake', async ({ page }) => {
      await page.goto(`${path}#mistake=expired`);
      await page.locator('.pg-root').hover();
      await expect(page.getByRole('radio', { name: text(locale, 'x402.pg.mistake.expired') })).toBeChecked();
      await page.getByRole('radio', { name: text(locale, 'x402.pg.mistake.replay') }).check();
      await expect(page).toHaveURL(/#mistake=replay$/);
    });

    test('the header inspector names the dialect and the mismatch', async ({ page }) => {
      await openPlayground(page, path);
      const field = page.getByRole('textbox', { name: text(locale, 'x402.pg.inspector.value') });
      const verdict = (dialect: string) =>
        text(locale, 'x402.pg.inspector.verdict', {
          kind: text(locale, 'x402.pg.kind.payment-required'),
          dialect: text(locale, `x402.pg.dialect.${dialect}`),
        });
      const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');
      const requirement = {
        scheme: 'exact',
        network: 'eip155:196',
        asset: '0x4ae46a509f6b1d9056937ba4500cb143933d2dc8',
        payTo: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8',
        maxTimeoutSeconds: 300,
        extra: { name: 'Global Dollar', version: '1' },
      };
      await field.fill(
        encode({
          x402Version: 2,
          resource: { url: 'https://example.test/api' },
          accepts: [{ ...requirement, amount: '1' }],
        }),
      );
      await expect(page.getByText(verdict('v2'))).toBeVisible();
      await expect(page.getByText(text(locale, 'x402.pg.inspector.strictPasses'))).toBeVisible();

      // The InsForge guide's OKX variant: v1 fields under the v2 header name.
      const okx = {
        ...requirement,
        maxAmountRequired: '1',
        resource: 'https://example.test/api',
        description: 'Premium',
        mimeType: 'application/json',
      };
      await field.fill(encode({ x402Version: 1, accepts: [okx] }));
      await expect(page.getByText(verdict('okx-guide'))).toBeVisible();
      await expect(page.getByText(text(locale, 'x402.finding.v1_message_in_v2_header'))).toBeVisible();

      await field.fill('eyJ4NDAyVmVyc2lvbiI6Mn0_');
      await expect(page.getByText(text(locale, 'errors.invalid_base64'))).toBeVisible();
    });

    test('a wallet that refuses is reported, and nothing is signed', async ({ page }) => {
      await page.addInitScript(() => {
        Object.assign(window, {
          ethereum: { request: () => Promise.reject(Object.assign(new Error('User rejected'), { code: 4001 })) },
        });
      });
      await openPlayground(page, path);
      await page.getByRole('radio', { name: text(locale, 'x402.pg.payer.wallet') }).check();
      await expect(page.getByText(text(locale, 'x402.pg.wallet.warning'))).toBeVisible();
      await expect(payButton(page, locale)).toBeDisabled();
      await page.getByRole('button', { name: text(locale, 'x402.pg.wallet.connect') }).click();
      await expect(page.getByRole('alert')).toHaveText(text(locale, 'errors.wallet_rejected'), FIRST_RUN);
    });

    test('has no axe violations, before and after a payment', async ({ page }) => {
      await page.goto(path);
      const before = await islandAxe(page).analyze();
      expect(before.violations.map((v) => v.id)).toEqual([]);
      await openPlayground(page, path);
      await pay(page, locale, 'wrong_domain');
      for (const id of ['request', 'sign', 'verify']) await step(page, id).locator('summary').first().click();
      const after = await islandAxe(page).analyze();
      expect(after.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });

    test('ships no viem or PGlite before the reader pays', async ({ page }) => {
      const weight = await measurePage(page, path);
      expect(weight.js).toBeLessThanOrEqual(90 * 1024);
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(request.url());
      });
      await openPlayground(page, path);
      expect(scripts.filter((url) => /pglite|secp256k1|startPaymentPlayground|createSandbox/i.test(url))).toEqual([]);
    });
  });
}
