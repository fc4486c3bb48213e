import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createSiteHandler } from './createSiteHandler.ts';
import { SECURITY_HEADERS } from './rules.ts';

/** A build in miniature: a page per language, both 404 pages, a Markdown twin, a hashed script. */
const page = (lang: string, policy: string, text = '') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${policy}"></head><body>${text}</body></html>`;
const FILES: Record<string, string> = {
  'index.html': page('en', "default-src 'self'; script-src 'self' 'sha256-home'"),
  'auth/clerk/index.html': page('en', "default-src 'self'; script-src 'self' 'sha256-clerk'", 'Clerk '.repeat(400)),
  'zh-cn/index.html': page('zh-CN', "default-src 'self'"),
  '404.html': page('en', "default-src 'self'; script-src 'sha256-notfound'", 'Page not found'),
  'zh-cn/404.html': page('zh-CN', "default-src 'self'; script-src 'sha256-notfound'", '页面未找到'),
  'auth/clerk.md': '# Clerk\n',
  'llms.txt': 'InsForge\n',
  '_astro/client.abc123.js': 'export const x = 1;\n'.repeat(200),
};

let root: string;
let server: Server;
let origin: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'site-'));
  for (const [name, text] of Object.entries(FILES)) {
    await mkdir(dirname(join(root, name)), { recursive: true });
    await writeFile(join(root, name), text);
  }
  server = createServer(await createSiteHandler(root));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(root, { recursive: true });
});

const get = (path: string, init?: RequestInit) => fetch(`${origin}${path}`, init);

describe('the site server', () => {
  test('a page carries every security header and its own policy with frame-ancestors', async () => {
    const response = await get('/auth/clerk/');
    expect(response.status).toBe(200);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name)).toBe(value);
    expect(response.headers.get('content-security-policy')).toBe(
      "default-src 'self'; script-src 'self' 'sha256-clerk'; frame-ancestors 'none'",
    );
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('Clerk');
  });

  test('the same page without its trailing slash gets the same policy', async () => {
    expect((await get('/auth/clerk')).headers.get('content-security-policy')).toContain("'sha256-clerk'");
  });

  test('hashed assets are immutable; Markdown and text say UTF-8', async () => {
    expect((await get('/_astro/client.abc123.js')).headers.get('cache-control')).toBe(
      'public, max-age=31536000, immutable',
    );
    expect((await get('/auth/clerk.md')).headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect((await get('/llms.txt')).headers.get('content-type')).toBe('text/plain; charset=utf-8');
  });

  test('text goes out brotli-compressed to a client that accepts it', async () => {
    // Node's fetch decodes on its own, so the raw bytes are read through a plain HTTP request.
    const { headers, body } = await rawGet('/_astro/client.abc123.js', { 'accept-encoding': 'br' });
    expect(headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(body).toString()).toBe(FILES['_astro/client.abc123.js']);
  });

  test.each([
    ['/zh-cn/nope/', 'zh-CN', '页面未找到'],
    ['/nope/', 'en', 'Page not found'],
  ])('%s answers 404 with the %s 404 page and its headers', async (path, lang, text) => {
    const response = await get(path);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(
      "default-src 'self'; script-src 'sha256-notfound'; frame-ancestors 'none'",
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await response.text();
    expect(html).toContain(`lang="${lang}"`);
    expect(html).toContain(text);
  });

  test('anything but GET and HEAD is refused', async () => {
    const response = await get('/', { method: 'POST', body: 'x' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });
});

test('a build with a page that lacks its policy is refused, naming the page', async () => {
  const bare = await mkdtemp(join(tmpdir(), 'site-'));
  await writeFile(join(bare, 'index.html'), '<!doctype html><meta charset="utf-8">');
  await expect(createSiteHandler(bare)).rejects.toThrow('/index.html has no Content-Security-Policy');
  await rm(bare, { recursive: true });
});

function rawGet(path: string, headers: Record<string, string>) {
  return new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    request(`${origin}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}
