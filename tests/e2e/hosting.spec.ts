import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { SECURITY_HEADERS } from '../../hosting/rules.ts';

/** What `npm start`'s server sends, as a browser receives it: the same server production recipes describe. */
test('a page arrives with every security header and a policy that forbids framing', async ({ request }) => {
  for (const path of ['/playground/x402/', '/zh-cn/auth/clerk/']) {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    const headers = response.headers();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name.toLowerCase()], name).toBe(value);
    expect(headers['content-security-policy']).toMatch(
      /^default-src 'self'; script-src 'self' .+; frame-ancestors 'none'$/,
    );
    expect(headers['cache-control']).toBe('no-cache');
  }
});

test('files arrive with their types, compressed, and hashed assets cached for good', async ({ request, page }) => {
  const markdown = await request.get('/auth/clerk.md', { headers: { 'Accept-Encoding': 'br, gzip' } });
  expect(markdown.headers()['content-type']).toBe('text/markdown; charset=utf-8');
  expect(markdown.headers()['content-encoding']).toBe('br');
  expect(await markdown.text()).toContain('# ');
  expect((await request.get('/llms.txt')).headers()['content-type']).toBe('text/plain; charset=utf-8');

  await page.goto('/playground/rls/');
  const script = await page.locator('script[type="module"][src^="/_astro/"]').first().getAttribute('src');
  const asset = await request.get(script ?? '', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(asset.headers()['content-encoding']).toBe('gzip');
});

test('a page on another origin cannot frame a playground, though it can frame its own pages', async ({
  page,
  baseURL,
}) => {
  // Another site on the same machine (a real server: Chromium blocks a page it cannot place from framing
  // local addresses, which would hide what the site's own headers do). It frames a page of its own and
  // the x402 playground.
  const elsewhere = createServer((req, res) => {
    res.setHeader('Content-Type', 'text/html');
    res.end(
      req.url === '/own.html'
        ? '<p id="own">framed fine</p>'
        : `<iframe name="own" src="/own.html"></iframe><iframe name="pay" src="${baseURL}/playground/x402/"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
  try {
    await page.goto(`http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}/`);
    await expect(page.frameLocator('iframe[name="own"]').locator('#own')).toHaveText('framed fine');
    // Chromium replaces a frame it refuses with its own error page.
    await expect.poll(() => page.frame({ name: 'pay' })?.url()).toBe('chrome-error://chromewebdata/');
  } finally {
    elsewhere.close();
  }
});
