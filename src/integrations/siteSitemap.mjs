// @ts-check
import { copyFile } from 'node:fs/promises';
import sitemap from '@astrojs/sitemap';
import { isCompareView } from '../lib/pageKinds.ts';

/**
 * The sitemap, with each page's twin as an hreflang alternate. The site adds it rather than leaving
 * it to Starlight so that it can leave out the compare views, which are `noindex` (see
 * src/routeData/unindexedPages.ts). The index is also copied to `/sitemap.xml`, the address
 * crawlers try when nothing names one; robots.txt names `/sitemap-index.xml`.
 * @param {Record<string, { lang: string }>} locales Starlight's `locales`, keyed by URL prefix (`root` for none)
 * @returns {import('astro').AstroIntegration[]}
 */
export function siteSitemap(locales) {
  const langs = Object.fromEntries(Object.entries(locales).map(([prefix, { lang }]) => [prefix, lang]));
  return [
    sitemap({
      i18n: { defaultLocale: 'root', locales: langs },
      filter: (page) => !isCompareView(new URL(page).pathname),
    }),
    {
      name: 'insforge:sitemap-xml',
      hooks: {
        'astro:build:done': async ({ dir }) => {
          await copyFile(new URL('sitemap-index.xml', dir), new URL('sitemap.xml', dir));
        },
      },
    },
  ];
}
