/**
 * How the built site is served: the one definition that `npm start`'s server and every deploy recipe
 * (`_headers`, the nginx config, the container image) are written from. Runs on Node as plain
 * TypeScript (type stripping), so this folder uses erasable syntax only.
 */
import { localeOfPath, localePath } from '../playground/catalog/locale.ts';

/** Sent with every response, pages and assets alike. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // Every powerful feature off; the copy buttons are the only thing the site asks the browser for.
  'Permissions-Policy':
    'accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), clipboard-write=(self)',
  'Cross-Origin-Opener-Policy': 'same-origin',
  // Browsers that predate CSP's `frame-ancestors` still honour this.
  'X-Frame-Options': 'DENY',
};

/**
 * A page's header policy: the page's own `<meta>` policy, inline-script hashes included, plus
 * `frame-ancestors`, which a `<meta>` policy cannot carry. Browsers enforce both; neither is looser.
 */
export function headerPolicy(metaPolicy: string): string {
  return `${metaPolicy}; frame-ancestors 'none'`;
}

/** Astro's hashed build output: a changed file gets a new name, so a cached copy never goes stale. */
export const HASHED_ASSETS = '/_astro/';

export const CACHE_CONTROL = {
  hashed: 'public, max-age=31536000, immutable',
  // Pages, Markdown twins, search index, images: kept, but checked with the server before each use.
  revalidated: 'no-cache',
} as const;

export function cacheControlFor(pathname: string): string {
  return pathname.startsWith(HASHED_ASSETS) ? CACHE_CONTROL.hashed : CACHE_CONTROL.revalidated;
}

/** Types that generic servers get wrong or send without a charset, by file extension. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  // The sandbox's gzipped Postgres files. What they decode to is labelled by the Worker that reads them.
  '.gz': 'application/octet-stream',
};

/** Compressed on the way out. The Postgres files are already gzip files (`.gz`) and are not among them. */
export const COMPRESSED_TYPES = [
  'text/html',
  'text/css',
  'text/plain',
  'text/markdown',
  'text/xml',
  'text/javascript',
  'application/javascript',
  'application/json',
  'application/xml',
  'application/wasm',
  'image/svg+xml',
] as const;

/** The page a missing path answers with, status 404: Chinese under `/zh-cn/`, English elsewhere. */
export function notFoundPageFor(pathname: string): string {
  return localePath('/404.html', localeOfPath(pathname));
}
