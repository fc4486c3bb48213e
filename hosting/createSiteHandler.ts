import { readFile } from 'node:fs/promises';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';
import { readPagePolicies, routeOf } from './pagePolicies.ts';
import {
  COMPRESSED_TYPES,
  CONTENT_TYPES,
  cacheControlFor,
  headerPolicy,
  notFoundPageFor,
  SECURITY_HEADERS,
} from './rules.ts';

/**
 * Serves a production build the way the site should be hosted (see `rules.ts`): files by sirv, compressed
 * by `compression`; this module only adds the site's own rules — headers per page and the nearest
 * language's 404 page.
 */
export async function createSiteHandler(root: string): Promise<RequestListener> {
  const pages = await readPagePolicies(root);
  const policies = new Map(pages.map((page) => [page.route, headerPolicy(page.policy)]));
  // Both languages' 404 pages, read once: a miss is answered from memory.
  const notFoundBodies = new Map(
    await Promise.all(
      pages
        .filter((page) => page.file.endsWith('/404.html'))
        .map(async (page) => [page.route, await readFile(join(root, page.file))] as const),
    ),
  );

  const setSiteHeaders = (res: ServerResponse, pathname: string) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    res.setHeader('Cache-Control', cacheControlFor(pathname));
    const policy = policies.get(routeOf(pathname));
    if (policy !== undefined) res.setHeader('Content-Security-Policy', policy);
    const type = CONTENT_TYPES[extname(pathname)];
    if (type !== undefined) res.setHeader('Content-Type', type);
  };

  const files = sirv(root, { etag: true, setHeaders: setSiteHeaders });
  // Connect-style middleware; its types name Express' request and response, of which it uses only Node's part.
  const compress: (req: IncomingMessage, res: ServerResponse, next: () => void) => void = compression({
    filter: (_req, res) => COMPRESSED_TYPES.some((type) => String(res.getHeader('Content-Type')).startsWith(type)),
  }) as never;

  const notFound = (req: IncomingMessage, res: ServerResponse) => {
    const page = notFoundPageFor(new URL(req.url ?? '/', 'http://site').pathname);
    setSiteHeaders(res, page);
    res.statusCode = 404;
    res.end(req.method === 'HEAD' ? undefined : notFoundBodies.get(page));
  };

  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', ...SECURITY_HEADERS }).end();
      return;
    }
    compress(req, res, () => files(req, res, () => notFound(req, res)));
  };
}
