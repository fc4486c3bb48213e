// @ts-check
import { rename, rmdir } from 'node:fs/promises';

/**
 * The pages static hosts serve for a missing address, replacing Starlight's English-only one
 * (`disable404Route`): `/404.html`, and `/zh-cn/404.html` for hosts that serve the nearest
 * `404.html` up the tree (Cloudflare Pages, for one).
 * @returns {import('astro').AstroIntegration}
 */
export function notFoundPages() {
  return {
    name: 'insforge:not-found-pages',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        for (const pattern of ['/404', '/zh-cn/404']) {
          injectRoute({ pattern, entrypoint: './src/routes/NotFoundPage.astro', prerender: true });
        }
      },
      // Astro writes only a root status page as `404.html`; the Chinese one lands in `zh-cn/404/index.html`.
      'astro:build:done': async ({ dir }) => {
        await rename(new URL('zh-cn/404/index.html', dir), new URL('zh-cn/404.html', dir));
        await rmdir(new URL('zh-cn/404/', dir));
      },
    },
  };
}
