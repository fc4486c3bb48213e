import { describe, expect, test } from 'vitest';
import { containerfile, countHeaderRules, headersFile, nginxConfig } from './deployRecipes.ts';
import type { PagePolicy } from './pagePolicies.ts';
import { CACHE_CONTROL, SECURITY_HEADERS } from './rules.ts';

const PAGES: PagePolicy[] = [
  { route: '/', file: '/index.html', policy: "default-src 'self'; script-src 'sha256-home'" },
  {
    route: '/zh-cn/auth/clerk/',
    file: '/zh-cn/auth/clerk/index.html',
    policy: "default-src 'self'; script-src 'sha256-clerk'",
  },
  { route: '/404.html', file: '/404.html', policy: "default-src 'self'; script-src 'sha256-missing'" },
];
const FILES = ['/index.html', '/overview.md', '/llms.txt', '/_astro/pglite.wasm-abc.gz', '/favicon.svg'];

/** The `name: value` pairs a `_headers` rule sets for `path`. */
function headersRule(text: string, path: string): Record<string, string> {
  const lines = text.split('\n');
  const start = lines.indexOf(path);
  expect(start, `no rule for ${path}`).toBeGreaterThan(-1);
  const body = lines.slice(start + 1);
  const end = body.findIndex((line) => !line.startsWith('  '));
  return Object.fromEntries(
    body.slice(0, end === -1 ? undefined : end).map((line) =>
      line
        .trim()
        .split(/: (.*)/s)
        .slice(0, 2),
    ),
  );
}

describe('_headers (Netlify, Cloudflare Pages)', () => {
  const text = headersFile(PAGES, FILES);

  test('every path gets the security headers; each page its policy with frame-ancestors', () => {
    expect(headersRule(text, '/*')).toEqual(SECURITY_HEADERS);
    expect(headersRule(text, '/zh-cn/auth/clerk/')).toEqual({
      'Content-Security-Policy': "default-src 'self'; script-src 'sha256-clerk'; frame-ancestors 'none'",
      'Cache-Control': CACHE_CONTROL.revalidated,
    });
  });

  test('hashed assets are immutable; Markdown and text files get their UTF-8 types', () => {
    expect(headersRule(text, '/_astro/*')).toEqual({ 'Cache-Control': CACHE_CONTROL.hashed });
    expect(headersRule(text, '/overview.md')['Content-Type']).toBe('text/markdown; charset=utf-8');
    expect(headersRule(text, '/llms.txt')['Content-Type']).toBe('text/plain; charset=utf-8');
  });

  test('no header is set by two rules for one path (the hosts would join the values with commas)', () => {
    // `/*` matches every path; every other rule matches paths of its own, none of another rule's.
    const everywhere = Object.keys(headersRule(text, '/*'));
    for (const path of ['/_astro/*', '/', '/zh-cn/auth/clerk/', '/overview.md', '/llms.txt']) {
      expect(Object.keys(headersRule(text, path)).filter((name) => everywhere.includes(name))).toEqual([]);
    }
  });

  test('counts its rules for the hosts that cap them', () => {
    // `/*`, `/_astro/*`, two pages (a 404 page is served at the missing address, not its own), two files.
    expect(countHeaderRules(text)).toBe(6);
  });
});

describe('nginx config and container image', () => {
  const nginx = nginxConfig(PAGES);

  test.each([
    ['nginx.conf', nginx],
    ['Dockerfile', containerfile(nginx)],
  ])('%s sends every header in each location, the policy per page file and both 404 pages', (_name, text) => {
    const locations = text.split(/\n\s+location /).slice(1);
    expect(locations).toHaveLength(3);
    for (const location of locations) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        expect(location).toContain(`add_header ${name} "${value}" always;`);
      }
      expect(location).toContain('add_header Content-Security-Policy $page_policy always;');
      expect(location).toMatch(/add_header Cache-Control "[^"]+" always;/);
    }
    expect(text).toContain(
      `/zh-cn/auth/clerk/index.html "default-src 'self'; script-src 'sha256-clerk'; frame-ancestors 'none'";`,
    );
    expect(text).toContain('error_page 404 /404.html;');
    expect(text).toContain('error_page 404 /zh-cn/404.html;');
    expect(text).toContain(`add_header Cache-Control "${CACHE_CONTROL.hashed}" always;`);
    expect(text).toMatch(/types \{\n\s+text\/markdown md;/);
    expect(text).toMatch(/gzip_types [^;]*application\/wasm/);
  });

  test('the image copies the build and the config into nginx', () => {
    const image = containerfile(nginx);
    expect(image).toMatch(/^# syntax=docker\/dockerfile:1\n/);
    expect(image).toContain('COPY dist/ /usr/share/nginx/html/');
    expect(image).toContain(`COPY <<'NGINX' /etc/nginx/conf.d/default.conf\n${nginx.trimEnd()}\nNGINX\n`);
  });
});
