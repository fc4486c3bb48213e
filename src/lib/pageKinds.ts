import { unlocalizedPath } from '../../playground/catalog/locale.ts';

/**
 * Routes that are not docs pages. Paths may come with or without their leading slash (Astro's build
 * hooks give `auth/clerk/`, requests give `/auth/clerk/`), and a 404 page as `/404`, `/404/` or `/404.html`.
 */

/** A side-by-side compare view (`/compare/…`, `/zh-cn/compare/…`): it repeats two docs pages. */
export function isCompareView(path: string): boolean {
  return /^\/?compare(\/|$)/.test(unlocalizedPath(path));
}

/** One of the site's 404 pages (`/404.html`, `/zh-cn/404.html`), which has no twin and no address. */
export function isNotFoundPath(path: string): boolean {
  return /^\/?404(\/|\.html)?$/.test(unlocalizedPath(path));
}

/** A page of the `docs` collection, with a source file, a twin and a Markdown version. */
export function isDocsPage(path: string): boolean {
  return !isCompareView(path) && !isNotFoundPath(path);
}

/** A playground page (`/playground/jwt/`, `/zh-cn/playground/rls/` …): the tool gets the full content width. */
export function isPlaygroundPage(path: string): boolean {
  return /^\/?playground\/[^/]+\/?$/.test(unlocalizedPath(path));
}

/** A guide (`/auth/clerk/`, `/zh-cn/payments/okx-x402/` …): how to wire one provider, what search should find first. */
export function isGuidePage(path: string): boolean {
  return /^\/?(?:auth|payments)\/[^/]+\/?$/.test(unlocalizedPath(path));
}
