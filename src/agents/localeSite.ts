import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { type Locale, localeOfPath, localePath } from '../../playground/catalog/locale.ts';
import { punctuation } from '../lib/punctuation.ts';
import { siteStrings } from '../lib/siteStrings.ts';
import { rewriteSiteLink } from './markdownUrls.ts';
import { type ParsedPage, pageMarkdown, parsePage } from './pageMarkdown.ts';

/** A page as the build wrote it: its URL path (`/auth/clerk/`) and its HTML. */
export interface BuiltPage {
  path: string;
  html: string;
}

/** A page read back as Markdown, with the URL it came from. */
export interface MarkdownPage {
  path: string;
  lang: string;
  title: string;
  description: string;
  /** The content as Markdown, without the title. */
  body: string;
}

/** A sidebar group: its label in the page's language and the pages it lists, in order. */
export interface SiteSection {
  label: string;
  paths: string[];
}

/** Everything one language offers an agent, ready for the files it becomes. */
export interface LocaleSite {
  locale: Locale;
  /** `/` or `/zh-cn/`. */
  root: string;
  site: URL;
  /** The landing page: the site's title and summary. */
  home: MarkdownPage;
  sections: SiteSection[];
  pages: Map<string, MarkdownPage>;
  /** Every docs page path in both languages, for rewriting links. */
  allPaths: ReadonlySet<string>;
  /** Each page parsed, for renderings that rewrite links differently (the skill). */
  parsed: Map<string, ParsedPage>;
}

/** One language of the built site, read back as Markdown pages in sidebar order. */
export function readLocale(
  pages: readonly BuiltPage[],
  locale: Locale,
  site: URL,
  allPaths: ReadonlySet<string>,
): LocaleSite {
  const root = localePath('/', locale);
  const own = pages.filter((p) => localeOfPath(p.path) === locale);
  const withSidebar = own.find((p) => p.html.includes('id="starlight__sidebar"'));
  if (!withSidebar) throw new Error(`agentFiles: no page with a sidebar for ${locale}`);
  const sections = sidebarSections(withSidebar.html).map((s) => ({
    ...s,
    paths: s.paths.filter((p) => allPaths.has(p)),
  }));
  const listed = new Set([root, ...sections.flatMap((s) => s.paths)]);
  const t = siteStrings(locale);
  const options = { islandNote: (url: string) => t('agents.island', { url }), punctuation: punctuation(locale) };
  const parse = (page: BuiltPage) => parsePage(page.html, { ...options, pageUrl: new URL(page.path, site).href });
  const parsed = new Map(own.filter((p) => listed.has(p.path)).map((p) => [p.path, parse(p)]));
  const markdownPages = new Map<string, MarkdownPage>();
  for (const path of listed) {
    const page = parsed.get(path);
    if (page) markdownPages.set(path, markdownPage(path, page, site, allPaths));
  }
  const homePage = markdownPages.get(root);
  if (!homePage) throw new Error(`agentFiles: no landing page for ${locale}`);
  return { locale, root, site, home: homePage, sections, pages: markdownPages, allPaths, parsed };
}

/**
 * Reads one built page as Markdown. Links to docs pages go to their Markdown twins, or to the file
 * `local` names when the page is rendered into the skill.
 */
export function markdownPage(
  path: string,
  page: ParsedPage,
  site: URL,
  allPaths: ReadonlySet<string>,
  local?: (pagePath: string) => string | undefined,
): MarkdownPage {
  const body = pageMarkdown(page, (href) => rewriteSiteLink(href, site, allPaths, local));
  return { path, lang: page.lang, title: page.title, description: page.description, body };
}

/** The sidebar's groups, read from a built page, so agents see the site in the order readers do. */
export function sidebarSections(html: string): SiteSection[] {
  const sidebar = select('#starlight__sidebar .top-level', fromHtml(html));
  if (!sidebar) return [];
  return selectAll(':scope > li > details', sidebar).map((group) => ({
    label: toText(select('summary .group-label', group) ?? group).trim(),
    paths: selectAll('a[href]', group).map((a) => a.properties.href?.toString() ?? ''),
  }));
}
