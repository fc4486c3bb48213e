import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type APIRequestContext, expect, test } from '@playwright/test';
import { isCompareView, isNotFoundPath as isNotFound } from '../../src/lib/pageKinds.ts';
import { sitePages } from './sitePages.ts';

const ROOT = join(import.meta.dirname, '../..');
const REPOSITORY: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).repository.url;

const pages = sitePages();
/** The docs pages: each has a source file, an edit link, a twin and a place in the sitemap. */
const contentPages = pages.filter((p) => !isNotFound(p) && !isCompareView(p));
const englishOf = (path: string) => path.replace(/^\/zh-cn\//, '/');
const chineseOf = (path: string) => `/zh-cn${englishOf(path)}`;

type Attrs = Record<string, string>;

/** Every `<tag …>` of an HTML document with its attributes, `&amp;` decoded. */
function tags(html: string, tag: string): Attrs[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'g'))].map(([element]) =>
    Object.fromEntries(
      [...element.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, k = '', v = '']) => [k, v.replaceAll('&amp;', '&')]),
    ),
  );
}

async function html(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return response.text();
}

/** `content/docs/…` file a page is built from, e.g. `/zh-cn/auth/clerk/` → `content/docs/zh-cn/auth/clerk.mdx`. */
function sourceOf(path: string): string {
  const base = `content/docs/${path.replace(/^\/|\/$/g, '') || 'index'}`;
  const file = [`${base}.mdx`, `${base}.md`, `${base}/index.mdx`, `${base}/index.md`].find((f) =>
    existsSync(join(ROOT, f)),
  );
  if (!file) throw new Error(`no source file for ${path}`);
  return file;
}

/** The git date of a file's last commit, as Starlight's "Last updated" and the translation notice read it. */
function lastCommit(file: string): Date | undefined {
  const seconds = execFileSync('git', ['log', '-1', '--no-merges', '--format=%ct', '--', file], {
    cwd: ROOT,
    encoding: 'utf8',
  }).trim();
  return seconds ? new Date(Number(seconds) * 1000) : undefined;
}

/** The site's public origin, from the home page's canonical link. */
async function siteOrigin(request: APIRequestContext): Promise<string> {
  const canonical = tags(await html(request, '/'), 'link').find((l) => l.rel === 'canonical')?.href;
  return new URL(canonical ?? '').origin;
}

test('every page names its English and Chinese twins as hreflang alternates, and they resolve', async ({ request }) => {
  const origin = await siteOrigin(request);
  const problems: string[] = [];
  for (const path of pages.filter((p) => !isNotFound(p))) {
    const links = tags(await html(request, path), 'link');
    const alternates = Object.fromEntries(
      links.filter((l) => l.rel === 'alternate' && l.hreflang).map((l) => [l.hreflang, l.href]),
    );
    const expected = {
      en: origin + englishOf(path),
      'zh-CN': origin + chineseOf(path),
      'x-default': origin + englishOf(path),
    };
    if (JSON.stringify(alternates) !== JSON.stringify(expected))
      problems.push(`${path}: ${JSON.stringify(alternates)}`);
    const canonical = links.find((l) => l.rel === 'canonical')?.href;
    if (canonical !== origin + path) problems.push(`${path}: canonical ${canonical}`);
    for (const twin of [englishOf(path), chineseOf(path)]) {
      const status = (await request.get(twin)).status();
      if (status !== 200) problems.push(`${path}: ${twin} → ${status}`);
    }
  }
  expect(problems).toEqual([]);
});

test('compare views and 404 pages are noindex; 404 pages name no address of their own', async ({ request }) => {
  for (const path of pages) {
    const page = await html(request, path);
    const robots = tags(page, 'meta').find((m) => m.name === 'robots')?.content;
    expect(robots, path).toBe(isNotFound(path) || isCompareView(path) ? 'noindex' : undefined);
    if (isNotFound(path)) {
      const ownAddress = tags(page, 'link').filter((l) => l.rel === 'canonical' || l.rel === 'alternate');
      expect(ownAddress, path).toEqual([]);
    }
  }
});

test('the sitemap lists every docs page in both languages, each with its twin, and no compare view', async ({
  request,
}) => {
  const origin = await siteOrigin(request);
  const index = await html(request, '/sitemap-index.xml');
  expect(await html(request, '/sitemap.xml'), '/sitemap.xml is the sitemap index').toBe(index);

  const listed = new Map<string, Attrs[]>();
  for (const [, loc = ''] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const sitemap = await html(request, new URL(loc).pathname);
    for (const [, url = ''] of sitemap.matchAll(/<url>([\s\S]*?)<\/url>/g)) {
      const page = url.match(/<loc>([^<]+)<\/loc>/)?.[1] ?? '';
      listed.set(page.replace(origin, ''), tags(url, 'xhtml:link'));
    }
  }
  expect([...listed.keys()].sort()).toEqual(contentPages);
  for (const [path, alternates] of listed) {
    expect(alternates.map((a) => `${a.hreflang} ${a.href}`).sort(), path).toEqual([
      `en ${origin}${englishOf(path)}`,
      `zh-CN ${origin}${chineseOf(path)}`,
    ]);
  }
});

test('robots.txt allows crawling and names the sitemap on the site origin', async ({ request }) => {
  const origin = await siteOrigin(request);
  const robots = await html(request, '/robots.txt');
  expect(robots).not.toMatch(/^Disallow: \/\s*$/m);
  const sitemap = robots.match(/^Sitemap: (\S+)$/m)?.[1] ?? '';
  expect(new URL(sitemap).origin).toBe(origin);
  await html(request, new URL(sitemap).pathname);
});

test('every docs page links "Edit page" to its own source file, which exists in the repository', async ({
  request,
}) => {
  for (const path of contentPages) {
    const edit = tags(await html(request, path), 'a').filter((a) => a.href?.startsWith(`${REPOSITORY}/edit/`));
    expect(
      edit.map((a) => a.href),
      path,
    ).toEqual([`${REPOSITORY}/edit/main/${sourceOf(path)}`]);
  }
  // Spelled out once, so that a change in how Starlight builds the link cannot pass unnoticed.
  expect(sourceOf('/auth/clerk/')).toBe('content/docs/auth/clerk.mdx');
  expect(sourceOf('/zh-cn/auth/clerk/')).toBe('content/docs/zh-cn/auth/clerk.mdx');
});

test('every docs page shows its last git commit date in its own language', async ({ request }) => {
  for (const path of contentPages) {
    const page = await html(request, path);
    const lang = path.startsWith('/zh-cn/') ? 'zh-CN' : 'en';
    const date = lastCommit(sourceOf(path));
    const time = page.match(/<time datetime="([^"]+)">([^<]+)<\/time>/);
    if (!date) {
      expect(time, `${path} is not committed yet, so it has no date`).toBeNull();
      continue;
    }
    expect(time?.[1], path).toBe(date.toISOString());
    expect(time?.[2], path).toBe(date.toLocaleDateString(lang, { dateStyle: 'medium', timeZone: 'UTC' }));
  }
});

test('a Chinese page says its translation is behind exactly when git says the English changed later', async ({
  request,
}) => {
  for (const path of contentPages.filter((p) => p.startsWith('/zh-cn/'))) {
    const [original, translation] = [lastCommit(sourceOf(englishOf(path))), lastCommit(sourceOf(path))];
    const behind = original !== undefined && translation !== undefined && translation < original;
    const banner = (await html(request, path)).match(/<div class="sl-banner\b[^>]*>([\s\S]*?)<\/div>/)?.[1];
    if (!behind) {
      expect(banner, `${path} is up to date`).toBeUndefined();
      continue;
    }
    const date = original.toLocaleDateString('zh-CN', { dateStyle: 'medium', timeZone: 'UTC' });
    expect(banner, path).toContain(`英文原文已于 ${date} 更新`);
    expect(tags(banner ?? '', 'a').map((a) => a.href)).toEqual([
      englishOf(path),
      path.replace('/zh-cn/', '/zh-cn/compare/'),
    ]);
  }
});

const MISSING = [
  { path: '/no-such-page/', first: 'en', heading: 'Page not found' },
  // Served the root 404 page, whose script puts Chinese first for a /zh-cn/ address.
  { path: '/zh-cn/no-such-page/', first: 'zh-CN', heading: '页面未找到' },
];

for (const { path, first, heading } of MISSING) {
  test(`${path} answers 404 in both languages, ${first} first`, async ({ page }) => {
    expect((await page.goto(path))?.status()).toBe(404);
    const sections = page.locator('main section[lang]');
    await expect(sections).toHaveCount(2);
    await expect(sections.first()).toHaveAttribute('lang', first);
    await expect(sections.first().getByRole('heading', { level: 2 })).toHaveText(heading);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const { path, first } of [
    { path: '/404.html', first: 'en' },
    // For hosts that serve the nearest 404.html (Cloudflare Pages): Chinese first with no script.
    { path: '/zh-cn/404.html', first: 'zh-CN' },
  ]) {
    test(`${path} puts ${first} first`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', first);
      await expect(page.locator('main section[lang]').first()).toHaveAttribute('lang', first);
    });
  }
});
