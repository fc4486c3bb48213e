import { expect, type Page, test } from '@playwright/test';
import { text } from './islandText.ts';

/** The first payment or run downloads and boots PostgreSQL in the page: slow on a shared 2-core machine. */
const BOOT = { timeout: 120_000 };

const b64url = (json: string) => Buffer.from(json).toString('base64url');
/** A token whose payload nests 5,000 levels deep: it used to freeze the tab, then overflow the stack. */
const DEEP_TOKEN = `${b64url('{"alg":"HS256","typ":"JWT"}')}.${b64url(
  `{"sub":"user_1","a":${'['.repeat(5_000)}${']'.repeat(5_000)}}`,
)}.c2lnbmF0dXJl`;

async function openPlayground(page: Page, path: string) {
  await page.goto(path);
  await page.locator('.pg-root').hover();
  await expect(page.locator('.pg-root[data-live]')).toBeAttached();
}

const tokenField = (page: Page, locale: 'en' | 'zh-CN' = 'en') =>
  page.getByRole('textbox', { name: text(locale, 'jwt.token.label'), exact: true });
const loadSample = (page: Page, locale: 'en' | 'zh-CN' = 'en') =>
  page.getByRole('button', { name: text(locale, 'jwt.presets.loadInsforge', { provider: 'Clerk' }) });

test('a 5,000-deep token pasted in the JWT field gets a message, and the page stays usable', async ({ page }) => {
  await openPlayground(page, '/playground/jwt/');
  await tokenField(page, 'en').fill(DEEP_TOKEN);
  await expect(page.locator('.pg-root')).toContainText(text('en', 'errors.json_too_deep', { limit: 32 }));
  // The next action works at once: nothing is still busy printing megabytes.
  await loadSample(page, 'en').click();
  await expect(page.getByText(/"sub": "user_2xPnG8KxVQr"/)).toBeVisible();
});

test('a share link carrying a 5,000-deep token opens the default state and says why', async ({ page }) => {
  await page.goto(`/playground/jwt/#provider=auth0&mode=mint&token=${DEEP_TOKEN}`);
  await page.locator('.pg-root').hover();
  await expect(
    page.getByText(text('en', 'ui.shareLink.refused', { reason: text('en', 'errors.json_too_deep', { limit: 32 }) })),
  ).toBeVisible();
  await expect(tokenField(page)).toHaveValue('');
  await expect(page.getByRole('tab', { name: text('en', 'jwt.modes.decode') })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page).toHaveURL(/#provider=clerk&mode=decode/);
});

test('a 1 MB header pasted in the x402 inspector gets a message, and the page stays usable', async ({ page }) => {
  await openPlayground(page, '/playground/x402/');
  const value = page.getByRole('textbox', { name: text('en', 'x402.pg.inspector.value') });
  // A monospace font also keeps layout of a huge paste fast: a proportional stack with emoji fallbacks took seconds.
  await expect(value).toHaveCSS('font-family', /monospace$/);
  const huge = 'A'.repeat(1024 * 1024);
  await value.fill(huge);
  await expect(page.locator('.pg-root')).toContainText(
    text('en', 'errors.input_too_large', { length: huge.length, limit: 64 * 1024 }),
  );
  await value.fill(Buffer.from(JSON.stringify({ x402Version: 2, accepts: [] })).toString('base64'));
  await expect(page.getByText(text('en', 'x402.pg.inspector.strictFails'))).toBeVisible();
});

test('a render failure shows the boundary’s message, and its reset brings the playground back', async ({ page }) => {
  // Stands in for any failure while rendering (a deep token overflowed the stack right here before the
  // limits): pretty-printing a payload that carries this marker throws, as a stack overflow would.
  await page.addInitScript(() => {
    const stringify = JSON.stringify;
    JSON.stringify = function (this: unknown, value: unknown, ...rest: unknown[]) {
      if (value !== null && typeof value === 'object' && 'renderFailure' in value) {
        throw new RangeError('Maximum call stack size exceeded');
      }
      return (stringify as (...args: unknown[]) => string).call(this, value, ...rest);
    } as typeof JSON.stringify;
  });
  await openPlayground(page, '/playground/jwt/');
  await tokenField(page).fill(`${b64url('{"alg":"HS256"}')}.${b64url('{"sub":"x","renderFailure":1}')}.c2ln`);

  const fallback = page.locator('.pg-root[role="alert"]');
  await expect(fallback).toContainText(text('en', 'ui.boundary.title'));
  await expect(fallback).toContainText('Maximum call stack size exceeded');
  await expect(tokenField(page)).toHaveCount(0);

  await page.getByRole('button', { name: text('en', 'ui.boundary.reset') }).click();
  await expect(tokenField(page)).toHaveValue('');
  await loadSample(page).click();
  await expect(page.getByText(/"sub": "user_2xPnG8KxVQr"/)).toBeVisible();
});

test('Clerk’s Mint tab offers no server signing code, and says what signs instead', async ({ page }) => {
  await openPlayground(page, '/zh-cn/playground/jwt/#provider=clerk&mode=mint');
  await expect(page.getByText(text('zh-CN', 'jwt.mint.templateNote'))).toBeVisible();
  await expect(
    page.getByRole('figure', { name: text('zh-CN', 'jwt.mint.snippetLabel', { library: 'jsonwebtoken' }) }),
  ).toHaveCount(0);
  await expect(page.locator('.pg-root')).not.toContainText('process.env.INSFORGE_JWT_SECRET');
});

test('x402: three clicks in one task pay once; a refused verify reads as refused; the hash is not a link', async ({
  page,
}) => {
  test.setTimeout(BOOT.timeout * 2);
  await openPlayground(page, '/playground/x402/');
  const payLabel = text('en', 'x402.pg.pay.button', { amount: '0.000001 USDG' });
  const pay = page.getByRole('button', { name: payLabel });
  await pay.evaluate((button: HTMLButtonElement) => {
    button.click();
    button.click();
    button.click();
  });
  await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'paid', BOOT);
  await expect(pay).toBeEnabled();
  await expect(page.locator('[data-total="count"]')).toHaveText('1');
  const payments = page.locator('.x4-payments tbody tr');
  await expect(payments).toHaveCount(1);

  // The tx hash comes from the mock facilitator and never went on chain.
  await expect(payments.locator('a')).toHaveCount(0);
  await expect(payments).toContainText(text('en', 'x402.pg.dashboard.simulated'));

  await page.getByRole('radio', { name: text('en', 'x402.pg.mistake.wrong_domain') }).check();
  await pay.click();
  await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'refused');
  const verify = page.locator('[data-step="verify"] .x4-exchange summary');
  await expect(verify).toContainText('POST /verify → 200 · isValid: false');
  await expect(verify).toContainText(text('en', 'x402.pg.exchange.refused'));
  // No OK-ACCESS-* header is sent in the tab, so no hint about OKX API keys.
  await expect(page.locator('[data-outcome]')).toContainText(text('en', 'x402.okx.wrongDomain'));
  await expect(page.locator('[data-outcome]')).not.toContainText('OK-ACCESS');
  await expect(page.locator('[data-total="count"]')).toHaveText('1');
});

test('RLS: the matrix and the SDK panel count the same rows for user A', async ({ page }) => {
  test.setTimeout(BOOT.timeout * 2);
  await openPlayground(page, '/playground/rls/');
  await page.getByRole('button', { name: text('en', 'rls.run.button'), exact: true }).click();
  const selectByA = page
    .locator('.rls-matrix tbody tr')
    .filter({ has: page.getByRole('rowheader', { name: text('en', 'rls.persona.a') }) })
    .getByRole('cell')
    .first();
  await expect(selectByA).toHaveText(new RegExp(`${text('en', 'rls.outcome.allowed', { count: 2 })}$`), BOOT);
  await expect(page.locator('.rls-sdk').getByText(text('en', 'rls.sdk.rows', { count: 2 }))).toBeVisible();
});

test('an island whose script fails to arrive once still wakes, and the touch that woke it takes effect', async ({
  page,
}) => {
  let refused = 0;
  // The first request for the island's script fails, as on a train going through a tunnel; Astro asks again.
  await page.route(/\/_astro\/JwtPlayground\.[\w-]+\.js/, (route) =>
    refused++ === 0 ? route.abort('internetdisconnected') : route.continue(),
  );
  await page.goto('/playground/jwt/');
  await loadSample(page).click();
  await expect(page.getByText(/"sub": "user_2xPnG8KxVQr"/)).toBeVisible();
  expect(refused).toBeGreaterThan(1);
});
