// @ts-check
import { rename, rmdir } from 'node:fs/promises';
import { LOCALES, localePath } from '../../playground/catalog/locale.ts';

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
        for (const pattern of LOCALES.map((locale) => localePath('/404', locale))) {
          injectRoute({ pattern, entrypoint: './src/routes/NotFoundPage.astro', prerender: true });
        }
      },
      // Astro writes only a root status page as `404.html`; the Chinese one lands in `zh-cn/404/index.html`.
      'astro:build:done': async ({ dir }) => {
        for (const locale of LOCALES.filter((l) => localePath('/', l) !== '/')) {
          const folder = new URL(`.${localePath('/404/', locale)}`, dir);
          await rename(new URL('index.html', folder), new URL('../404.html', folder));
          await rmdir(folder);
        }
      },
    },
  };
}
