import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { localePath, unlocalizedPath } from '../../playground/catalog/locale.ts';
import { isCompareView, isNotFoundPath as isNotFound } from '../../src/lib/pageKinds.ts';
import { type Attrs, builtFile, readBuilt, sitePages, tags } from './builtSite.ts';

const ROOT = join(import.meta.dirname, '../..');
const REPOSITORY: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).repository.url;

const pages = sitePages();
/** The docs pages: each has a source file, an edit link, a twin and a place in the sitemap. */
const contentPages = pages.filter((p) => !isNotFound(p) && !isCompareView(p));
const englishOf = (path: string) => unlocalizedPath(path);
const chineseOf = (path: string) => localePath(unlocalizedPath(path), 'zh-CN');

const LANDING_PAGES = ['/', '/zh-cn/'];

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
function siteOrigin(): string {
  const canonical = tags(readBuilt('/'), 'link').find((l) => l.rel === 'canonical')?.href;
  return new URL(canonical ?? '').origin;
}

test('every page names its English and Chinese twins as hreflang alternates, and they resolve', () => {
  const origin = siteOrigin();
  const problems: string[] = [];
  for (const path of pages.filter((p) => !isNotFound(p))) {
    const links = tags(readBuilt(path), 'link');
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
      if (!builtFile(twin)) problems.push(`${path}: ${twin} is not in the build`);
    }
  }
  expect(problems).toEqual([]);
});

test('compare views and 404 pages are noindex; 404 pages name no address of their own', () => {
  for (const path of pages) {
    const page = readBuilt(path);
    const robots = tags(page, 'meta').find((m) => m.name === 'robots')?.content;
    expect(robots, path).toBe(isNotFound(path) || isCompareView(path) ? 'noindex' : undefined);
    if (isNotFound(path)) {
      const ownAddress = tags(page, 'link').filter((l) => l.rel === 'canonical' || l.rel === 'alternate');
      expect(ownAddress, path).toEqual([]);
    }
  }
});

test('the sitemap lists every docs page in both languages, each with its twin, and no compare view', () => {
  const origin = siteOrigin();
  const index = readBuilt('/sitemap-index.xml');
  expect(readBuilt('/sitemap.xml'), '/sitemap.xml is the sitemap index').toBe(index);

  const listed = new Map<string, Attrs[]>();
  for (const [, loc = ''] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const sitemap = readBuilt(new URL(loc).pathname);
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

test('robots.txt allows crawling and names the sitemap on the site origin', () => {
  const origin = siteOrigin();
  const robots = readBuilt('/robots.txt');
  expect(robots).not.toMatch(/^Disallow: \/\s*$/m);
  const sitemap = robots.match(/^Sitemap: (\S+)$/m)?.[1] ?? '';
  expect(new URL(sitemap).origin).toBe(origin);
  expect(builtFile(new URL(sitemap).pathname)).not.toBeNull();
});

test('the landing pages are titled with the site name once; every other page as "page | site"', () => {
  const titleOf = (path: string) => readBuilt(path).match(/<title>([^<]*)<\/title>/)?.[1];
  expect(titleOf('/')).toBe('InsForge Integrations');
  expect(titleOf('/zh-cn/')).toBe('InsForge 集成');
  expect(titleOf('/auth/clerk/')).toMatch(/^Clerk\b.* \| InsForge Integrations$/);
  for (const path of contentPages.filter((p) => !LANDING_PAGES.includes(p))) {
    const [page, site, ...rest] = (titleOf(path) ?? '').split(' | ');
    expect({ path, distinct: page !== site, rest }).toEqual({ path, distinct: true, rest: [] });
  }
});

test('every docs page but the landing pages links "Edit page" to its own source file, which exists', () => {
  for (const path of contentPages) {
    const edit = tags(readBuilt(path), 'a').filter((a) => a.href?.startsWith(`${REPOSITORY}/edit/`));
    const expected = LANDING_PAGES.includes(path) ? [] : [`${REPOSITORY}/edit/main/${sourceOf(path)}`];
    expect(
      edit.map((a) => a.href),
      path,
    ).toEqual(expected);
  }
  // Spelled out once, so that a change in how Starlight builds the link cannot pass unnoticed.
  expect(sourceOf('/auth/clerk/')).toBe('content/docs/auth/clerk.mdx');
  expect(sourceOf('/zh-cn/auth/clerk/')).toBe('content/docs/zh-cn/auth/clerk.mdx');
});

test('every docs page shows its last git commit date in its own language', () => {
  for (const path of contentPages) {
    const page = readBuilt(path);
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

test('a Chinese page says its translation is behind exactly when git says the English changed later', () => {
  for (const path of contentPages.filter((p) => p.startsWith('/zh-cn/'))) {
    const [original, translation] = [lastCommit(sourceOf(englishOf(path))), lastCommit(sourceOf(path))];
    const behind = original !== undefined && translation !== undefined && translation < original;
    const banner = readBuilt(path).match(/<div class="sl-banner\b[^>]*>([\s\S]*?)<\/div>/)?.[1];
    if (!behind) {
      expect(banner, `${path} is up to date`).toBeUndefined();
      continue;
    }
    const date = original.toLocaleDateString('zh-CN', { dateStyle: 'medium', timeZone: 'UTC' });
    // The date ends in 日, so only its leading digits take a space.
    expect(banner, path).toContain(`英文原文已于 ${date}更新`);
    expect(tags(banner ?? '', 'a').map((a) => a.href)).toEqual([
      englishOf(path),
      path.replace('/zh-cn/', '/zh-cn/compare/'),
    ]);
  }
});
