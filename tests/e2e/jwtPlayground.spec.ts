import { expect, type Page, type Request, test } from '@playwright/test';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { measurePage } from '../../scripts/pageWeight.mjs';
import { islandAxe, text } from './islandText.ts';

const LOCALES = [
  { locale: 'en', path: '/playground/jwt/' },
  { locale: 'zh-CN', path: '/zh-cn/playground/jwt/' },
] as const;
type Locale = (typeof LOCALES)[number]['locale'];

const CLERK_SUB = 'user_2xPnG8KxVQr';

/** Opens the playground; the first action follows at once, as a reader's does (no wait for the island to be live). */
async function openPlayground(page: Page, path: string) {
  await page.goto(path);
}

function tokenField(page: Page, locale: Locale) {
  return page.getByRole('textbox', { name: text(locale, 'jwt.token.label'), exact: true });
}

async function loadInsforgeSample(page: Page, locale: Locale, provider = 'Clerk') {
  await page.getByRole('button', { name: text(locale, 'jwt.presets.loadInsforge', { provider }) }).click();
  await expect(tokenField(page, locale)).toHaveValue(/^eyJ/);
}

function tab(page: Page, locale: Locale, mode: string) {
  return page.getByRole('tab', { name: text(locale, `jwt.modes.${mode}`) });
}

for (const { locale, path } of LOCALES) {
  test.describe(`${locale}`, () => {
    test('decodes a provider sample, explains its claims and offers the nested InsForge token', async ({ page }) => {
      await openPlayground(page, path);
      await page.getByRole('combobox', { name: text(locale, 'jwt.presets.provider') }).selectOption('auth0');
      const label = text(locale, 'jwt.presets.auth0.raw');
      await page.getByRole('button', { name: text(locale, 'jwt.presets.loadRaw', { token: label }) }).click();

      const claims = page.getByRole('table');
      await expect(claims.getByRole('rowheader', { name: 'https://insforge.dev/insforge_token' })).toBeVisible();
      await expect(claims.getByRole('row', { name: /^exp / })).toContainText(text(locale, 'jwt.claims.exp'));
      await page.getByRole('button', { name: text(locale, 'jwt.decode.openNested') }).click();
      await expect(claims.getByRole('row', { name: /^role / })).toContainText('"authenticated"');
      await expect(claims.getByRole('row', { name: /^sub / })).toContainText('auth0|');
    });

    // Behaviour is tested once, in English. In Chinese the test above proves the island's strings and
    // wiring; the dictionaries' parity is a unit test.
    if (locale !== 'en') return;

    test('a malformed token gets a precise error and stays as typed', async ({ page }) => {
      await openPlayground(page, path);
      await tokenField(page, locale).fill('eyJhbGciOiJIUzI1NiJ9.not valid');
      await expect(page.locator('.pg-root').getByRole('status')).toContainText(
        text(locale, 'errors.wrong_segment_count', { count: 2 }),
      );
      await tokenField(page, locale).fill('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln!');
      await expect(page.locator('.pg-root').getByRole('status')).toContainText(
        text(locale, 'errors.in', { segment: text(locale, 'jwt.segment.signature') }),
      );
      await expect(tokenField(page, locale)).toHaveValue('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln!');
    });

    test('verifies the signature with the secret, and says when it does not match', async ({ page }) => {
      await openPlayground(page, path);
      await loadInsforgeSample(page, locale);
      await tab(page, locale, 'verify').click();
      await expect(page.getByText(text(locale, 'jwt.verify.valid', { alg: 'HS256' }))).toBeVisible();

      await page.getByLabel(text(locale, 'jwt.verify.secret'), { exact: true }).fill('short');
      await expect(page.getByText(text(locale, 'jwt.verify.reason.signature_mismatch'))).toBeVisible();
      await expect(
        page.getByText(
          text(locale, 'jwt.verify.warning.weak_secret', { secretBytes: 5, minSecretBytes: 32, alg: 'HS256' }),
        ),
      ).toBeVisible();
    });

    test('verifies an RS256 token against a pasted JWKS by kid, ignoring the key the token points to', async ({
      page,
    }) => {
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
      const decoy = await generateKeyPair('RS256', { extractable: true });
      const jwks = {
        keys: [
          { ...(await exportJWK(decoy.publicKey)), kid: 'old-key', alg: 'RS256' },
          { ...(await exportJWK(publicKey)), kid: 'current-key', alg: 'RS256' },
        ],
      };
      const token = await new SignJWT({ sub: 'user_01HZX4J5K6M7N8P9Q0R1S2T3V4' })
        .setProtectedHeader({ alg: 'RS256', kid: 'current-key', jku: 'https://keys.example.com/jwks.json' })
        .setExpirationTime('1h')
        .sign(privateKey);

      await openPlayground(page, path);
      await tokenField(page, locale).fill(token);
      await tab(page, locale, 'verify').click();
      // The RS256 header switches the key kind to JWK by itself.
      await expect(page.getByRole('radio', { name: text(locale, 'jwt.verify.kind.jwk') })).toBeChecked();
      await page.getByRole('textbox', { name: text(locale, 'jwt.verify.jwkLabel') }).fill(JSON.stringify(jwks));
      await expect(page.getByText(text(locale, 'jwt.verify.valid', { alg: 'RS256' }))).toBeVisible();
      await expect(
        page.getByText(text(locale, 'jwt.verify.warning.embedded_key_ignored', { embeddedKeyParams: 'jku' })),
      ).toBeVisible();

      jwks.keys.pop();
      await page.getByRole('textbox', { name: text(locale, 'jwt.verify.jwkLabel') }).fill(JSON.stringify(jwks));
      await expect(
        page.getByText(text(locale, 'errors.kid_not_found', { kid: 'current-key', kids: 'old-key' })),
      ).toBeVisible();
      expect(requests.filter((url) => url.includes('keys.example.com'))).toEqual([]);
    });

    test('shows the InsForge verdict, the claims Postgres sees and requesting_user_id()', async ({ page }) => {
      await openPlayground(page, path);
      await loadInsforgeSample(page, locale);
      await tab(page, locale, 'check').click();
      await expect(page.locator('.pg-root').getByRole('status')).toHaveText(
        text(locale, 'jwt.check.accepted', { role: 'authenticated' }),
      );
      const claims = page.getByRole('figure', { name: text(locale, 'jwt.check.claimsTitle') });
      await expect(claims).toContainText(`"sub": "${CLERK_SUB}"`);
      await expect(claims).not.toContainText('"iss"');
      await expect(page.locator('.pg-result')).toHaveText(`'${CLERK_SUB}'`);

      // The provider's own RS256 token is refused before its signature is even looked at.
      await page
        .getByRole('button', {
          name: text(locale, 'jwt.presets.loadRaw', { token: text(locale, 'jwt.presets.clerk.raw') }),
        })
        .click();
      await expect(page.locator('.pg-root').getByRole('status')).toHaveText(
        text(locale, 'jwt.check.refused', { status: 401 }),
      );
      await expect(page.getByText(text(locale, 'jwt.insforge.algorithm.asymmetric', { alg: 'RS256' }))).toBeVisible();
    });

    test('says why a token that does not decode is refused, its decode error filled in', async ({ page }) => {
      await openPlayground(page, path);
      await tokenField(page, locale).fill('eyJhbGciOiJIUzI1NiJ9.not valid');
      await tab(page, locale, 'check').click();
      await expect(page.locator('.pg-rule-text')).toHaveText(
        text(locale, 'jwt.insforge.signature.malformed', {
          segment: text(locale, 'jwt.segment.token'),
          code: text(locale, 'errors.wrong_segment_count', { count: 2 }),
        }),
      );
    });

    test('mints a token, copies it, and shows the matching server code', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      // Kinde's guide signs on the app's server (Clerk's lets a JWT template sign: no code to show).
      await openPlayground(page, `${path}#provider=kinde`);
      await tab(page, locale, 'mint').click();
      await page.getByRole('button', { name: text(locale, 'jwt.mint.button') }).click();
      const minted = page.getByRole('textbox', { name: text(locale, 'jwt.mint.result'), exact: true });
      await expect(minted).toHaveValue(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/);
      const token = await minted.inputValue();

      await page.getByRole('button', { name: `${text(locale, 'ui.copy')} ${text(locale, 'jwt.mint.result')}` }).click();
      await expect(
        page.getByRole('button', { name: `${text(locale, 'ui.copied')} ${text(locale, 'jwt.mint.result')}` }),
      ).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);

      const snippet = page.getByRole('figure', {
        name: text(locale, 'jwt.mint.snippetLabel', { library: 'jsonwebtoken' }),
      });
      await expect(snippet).toContainText("import jwt from 'jsonwebtoken';");
      await expect(snippet).toContainText('process.env.INSFORGE_JWT_SECRET');
      await page.getByRole('tab', { name: 'jose' }).click();
      await expect(
        page.getByRole('figure', { name: text(locale, 'jwt.mint.snippetLabel', { library: 'jose' }) }),
      ).toContainText("import { SignJWT } from 'jose';");

      await page.getByRole('button', { name: text(locale, 'jwt.mint.openCheck') }).click();
      await expect(tokenField(page, locale)).toHaveValue(token);
      await expect(page.locator('.pg-root').getByRole('status')).toHaveText(
        text(locale, 'jwt.check.accepted', { role: 'authenticated' }),
      );
    });

    test('a shared link restores the settings, and the token only when the author chose to share it', async ({
      page,
    }) => {
      await openPlayground(page, path);
      await page.getByRole('combobox', { name: text(locale, 'jwt.presets.provider') }).selectOption('kinde');
      await tab(page, locale, 'mint').click();
      await page.getByRole('textbox', { name: text(locale, 'jwt.mint.sub') }).fill('kp_0123456789abcdef');
      await page.getByRole('button', { name: text(locale, 'jwt.share.button'), exact: true }).click();
      const link = await page.getByRole('textbox', { name: text(locale, 'jwt.share.link') }).inputValue();
      expect(link).not.toContain('token=');
      expect(link).not.toContain('secret');

      await page.goto('about:blank');
      await page.goto(link);
      await expect(page.locator('.pg-root[data-live]')).toBeAttached();
      await expect(page.getByRole('combobox', { name: text(locale, 'jwt.presets.provider') })).toHaveValue('kinde');
      await expect(tab(page, locale, 'mint')).toHaveAttribute('aria-selected', 'true');
      await expect(page.getByRole('textbox', { name: text(locale, 'jwt.mint.sub') })).toHaveValue(
        'kp_0123456789abcdef',
      );

      await loadInsforgeSample(page, locale, 'Kinde');
      const token = await tokenField(page, locale).inputValue();
      await page.getByRole('checkbox', { name: text(locale, 'jwt.share.includeToken') }).check();
      await expect(page.getByText(text(locale, 'jwt.share.tokenWarning'))).toBeVisible();
      await page.getByRole('button', { name: text(locale, 'jwt.share.buttonWithToken') }).click();
      const withToken = await page.getByRole('textbox', { name: text(locale, 'jwt.share.link') }).inputValue();
      expect(withToken).toContain(`token=${token}`);

      // Following a heading link changes the hash but not the playground.
      await page.locator('a[href="#how-to-use-it"]:visible, a[href="#使用方法"]:visible').first().click();
      await expect(tab(page, locale, 'mint')).toHaveAttribute('aria-selected', 'true');

      await page.goto('about:blank');
      await page.goto(withToken);
      await expect(tokenField(page, locale)).toHaveValue(token);
      // The token is read once, then dropped from the address bar.
      await expect(page).not.toHaveURL(/token=/);
    });

    test('works from the keyboard alone', async ({ page }) => {
      await page.goto(path);
      const field = tokenField(page, locale);
      for (let presses = 0; presses < 60 && !(await field.evaluate((el) => el === document.activeElement)); presses++) {
        await page.keyboard.press('Tab');
      }
      await expect(field).toBeFocused();
      // Back past the "why" disclosure to the sample buttons, then load the InsForge sample with Enter.
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      await expect(
        page.getByRole('button', { name: text(locale, 'jwt.presets.loadInsforge', { provider: 'Clerk' }) }),
      ).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(field).toHaveValue(/^eyJ/);
      // Into the tab list: the selected tab is the one stop; arrows move and select.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await expect(tab(page, locale, 'decode')).toBeFocused();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect(tab(page, locale, 'check')).toBeFocused();
      await expect(page.locator('.pg-root').getByRole('status')).toHaveText(
        text(locale, 'jwt.check.accepted', { role: 'authenticated' }),
      );
    });

    test('privacy: nothing leaves the page and nothing is stored while decoding, verifying and minting', async ({
      page,
      baseURL,
    }) => {
      const requests: Request[] = [];
      page.on('request', (request) => requests.push(request));
      await openPlayground(page, path);
      await loadInsforgeSample(page, locale);
      const sample = await tokenField(page, locale).inputValue();
      for (const mode of ['verify', 'check', 'mint']) await tab(page, locale, mode).click();
      const secret = 'a-secret-the-reader-typed-0123456789abcdef';
      await page.getByLabel(text(locale, 'jwt.mint.secret'), { exact: true }).fill(secret);
      await page.getByRole('button', { name: text(locale, 'jwt.mint.button') }).click();
      const minted = await page
        .getByRole('textbox', { name: text(locale, 'jwt.mint.result'), exact: true })
        .inputValue();
      await page.getByRole('button', { name: text(locale, 'jwt.mint.openCheck') }).click();
      await tab(page, locale, 'verify').click();
      await expect(page.getByText(text(locale, 'jwt.verify.valid', { alg: 'HS256' }))).toBeVisible();
      await page.waitForLoadState('networkidle');

      const origin = new URL(baseURL ?? '').origin;
      const secrets = [sample, minted, secret, secret.slice(0, 16)];
      const leaks = requests.filter((request) => {
        const carried = `${request.url()} ${request.postData() ?? ''} ${JSON.stringify(request.headers())}`;
        return new URL(request.url()).origin !== origin || secrets.some((value) => carried.includes(value));
      });
      expect(leaks.map((request) => request.url())).toEqual([]);
      expect(requests.length).toBeGreaterThan(0);

      const stored = await page.evaluate(() =>
        JSON.stringify({ ...localStorage, ...sessionStorage, url: location.href }),
      );
      for (const value of secrets) expect(stored).not.toContain(value);
      expect(page.url()).not.toContain('token=');
    });
  });
}

test('before interaction the page ships no more than 90 KB of gzipped JavaScript, and shiki waits for a code block', async ({
  page,
}) => {
  const before = await measurePage(page, '/playground/jwt/');
  expect(before.js).toBeLessThanOrEqual(90 * 1024);
  expect(before.react, 'React loads when the reader reaches for the playground').toBe(false);

  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.locator('.pg-root').hover();
  await expect(page.locator('.pg-root[data-live]')).toBeAttached();
  await page.getByRole('tab', { name: 'Verify signature' }).click();
  expect(scripts.filter((url) => /shiki|engine-javascript|typescript\./.test(url))).toEqual([]);
  // Kinde's guide signs the InsForge token with code, so Mint shows that code (Clerk's lets a template sign).
  await page.getByRole('combobox', { name: text('en', 'jwt.presets.provider') }).selectOption('kinde');
  await page.getByRole('tab', { name: 'Mint' }).click();
  await expect(page.locator('.pg-code-body .shiki')).toBeVisible();
});

test('fits a 375 px phone and has no axe violations, before use and in every tab, in light and dark', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await openPlayground(page, '/playground/jwt/');
  const before = await islandAxe(page).analyze();
  expect(before.violations.map((v) => `before use: ${v.id}`)).toEqual([]);
  // Kinde: its Mint tab carries the server-signing code, the widest thing the island shows.
  await page.getByRole('combobox', { name: text('en', 'jwt.presets.provider') }).selectOption('kinde');
  await loadInsforgeSample(page, 'en', 'Kinde');
  for (const colorScheme of ['light', 'dark'] as const) {
    // Starlight's theme lives on <html data-theme>; switching it there keeps the loaded sample.
    await page.evaluate((theme) => {
      document.documentElement.dataset.theme = theme;
    }, colorScheme);
    for (const mode of ['decode', 'verify', 'check', 'mint']) {
      await tab(page, 'en', mode).click();
      if (mode === 'mint') await page.getByRole('button', { name: text('en', 'jwt.mint.button') }).click();
      if (mode !== 'decode' && mode !== 'verify')
        await expect(page.locator('.pg-code-body .shiki').first()).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${colorScheme} ${mode}`).toBeLessThanOrEqual(0);
      const axe = await islandAxe(page).analyze();
      expect(
        axe.violations.map(
          (v) => `${colorScheme} ${mode}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
    }
  }
});
