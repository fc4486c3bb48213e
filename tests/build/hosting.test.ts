import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { countHeaderRules, HEADERS_FILE_RULE_LIMIT } from '../../hosting/deployRecipes.ts';
import { DIST, sitePages } from './builtSite.ts';

const headers = readFileSync(join(DIST, '_headers'), 'utf8');

test("_headers fits Cloudflare Pages' limits: rules and line length", () => {
  expect(countHeaderRules(headers)).toBeLessThanOrEqual(HEADERS_FILE_RULE_LIMIT);
  for (const line of headers.split('\n')) expect(line.length).toBeLessThanOrEqual(2000);
});

test('_headers gives every page, in both languages, its policy with frame-ancestors', () => {
  const pages = sitePages().filter((page) => !page.endsWith('/404.html'));
  expect(pages.length).toBeGreaterThan(40);
  for (const page of pages) {
    expect(headers, page).toMatch(
      new RegExp(`^${page.replaceAll('/', '\\/')}\\n  Content-Security-Policy: [^\\n]+; frame-ancestors 'none'$`, 'm'),
    );
  }
});

test('the nginx config and the container image are written next to the build, with every page', () => {
  const nginx = readFileSync(join(DIST, '../deploy/nginx.conf'), 'utf8');
  expect(readFileSync(join(DIST, '../deploy/Dockerfile'), 'utf8')).toContain(nginx.trimEnd());
  for (const page of sitePages()) {
    const file = page.endsWith('.html') ? page : `${page}index.html`;
    expect(nginx, page).toContain(`\n    ${file} "default-src 'self';`);
  }
});
