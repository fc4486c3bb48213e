import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { markdownPath } from '../agents/markdownUrls.ts';
import { isDocsPage } from '../lib/pageKinds.ts';

/**
 * Points agents from a docs page to its Markdown twin (`/auth/clerk/` → `/auth/clerk.md`), which
 * `agentReadableFiles()` writes after the build. Compare views and 404 pages have no twin.
 */
export const onRequest = defineRouteMiddleware(({ locals, url }) => {
  if (!isDocsPage(url.pathname)) return;
  locals.starlightRoute.head.push({
    tag: 'link',
    attrs: { rel: 'alternate', type: 'text/markdown', href: markdownPath(url.pathname) },
  });
});
