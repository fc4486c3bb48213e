import { unlocalizedPath } from '../../playground/catalog/locale.ts';
/** Where a page's Markdown twin lives: `/auth/clerk/` → `/auth/clerk.md`, `/` → `/index.md`. */
export function markdownPath(pagePath: string): string {
  const trimmed = pagePath.replace(/\/$/, '');
  const isLanguageRoot = unlocalizedPath(`${trimmed}/`) === '/';
  return isLanguageRoot ? `${trimmed}/index.md` : `${trimmed}.md`;
}

/**
 * Rewrites a site-relative link found in a page, for a reader of Markdown. A link to another docs
 * page goes to that page's Markdown (or to the file `local` names, inside the skill). A link whose
 * hash carries playground state (`#provider=clerk`) stays on the web page, where that state means
 * something. Anything else on the site becomes absolute, because Markdown is read away from the site.
 */
export function rewriteSiteLink(
  href: string,
  site: URL,
  pages: ReadonlySet<string>,
  local: (pagePath: string) => string | undefined = () => undefined,
): string | undefined {
  if (!href.startsWith('/')) return undefined;
  const hashAt = href.indexOf('#');
  const path = hashAt === -1 ? href : href.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : href.slice(hashAt);
  if (!pages.has(path) || hash.includes('=')) return new URL(href, site).href;
  const inSkill = local(path);
  if (inSkill !== undefined) return `${inSkill}${hash}`;
  return new URL(`${markdownPath(path)}${hash}`, site).href;
}
