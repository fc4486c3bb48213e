// @ts-check

import { readdirSync, readFileSync } from 'node:fs';
import { satteri } from '@astrojs/markdown-satteri';
import react from '@astrojs/react';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import starlightLinksValidator from 'starlight-links-validator';
import { clientInteraction } from './src/integrations/clientInteraction.mjs';
import { compareRoutes } from './src/integrations/compareRoutes.mjs';
import { contentSecurityPolicy } from './src/integrations/contentSecurityPolicy.mjs';
import { notFoundPages } from './src/integrations/notFoundPages.mjs';
import { pageLocalePlugin } from './src/integrations/pageLocalePlugin.mjs';
import { siteSitemap } from './src/integrations/siteSitemap.mjs';

/** Components in `src/components/` that pages use; each takes the page's `locale`. */
const pageComponents = readdirSync(new URL('./src/components/', import.meta.url))
  .filter((f) => f.endsWith('.astro'))
  .map((f) => f.replace(/\.astro$/, ''));

/** The source repository, named once in package.json; "Edit this page" links point into it. */
const { repository } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** English at the root, Chinese under `/zh-cn/`. */
const locales = {
  root: { label: 'English', lang: 'en' },
  'zh-cn': { label: '简体中文', lang: 'zh-CN' },
};

export default defineConfig({
  site: 'https://integrations.insforge.dev',
  // Starlight reads pages from `<srcDir>/content/docs`, and the project keeps `content/` at the
  // top level, so the source root is the project root. Routes that are not docs pages are
  // injected from `src/routes/` by `compareRoutes()` — there is no `pages/` folder.
  srcDir: '.',
  trailingSlash: 'always',
  markdown: { processor: satteri({ mdastPlugins: [pageLocalePlugin({ components: pageComponents })] }) },
  // PGlite finds its WebAssembly and data files next to its own module (`new URL(…, import.meta.url)`);
  // the dev server's dependency pre-bundling would move the module away from them.
  vite: { optimizeDeps: { exclude: ['@electric-sql/pglite'] } },
  integrations: [
    starlight({
      title: { en: 'InsForge Integrations', 'zh-CN': 'InsForge 集成' },
      description: 'Wire auth providers and the OKX x402 facilitator into InsForge — and try each one in the page.',
      defaultLocale: 'root',
      locales,
      logo: { src: './src/assets/logo.svg', replacesTitle: false },
      favicon: '/favicon.svg',
      lastUpdated: true,
      editLink: { baseUrl: `${repository.url}/edit/main/` },
      // The bilingual 404 pages come from `notFoundPages()`.
      disable404Route: true,
      customCss: ['./src/styles/site.css'],
      routeMiddleware: [
        './src/routeData/translationBanner.ts',
        './src/routeData/unindexedPages.ts',
      ],
      // Wrapped code reads better on a phone and in the compare view's half-width columns.
      expressiveCode: { defaultProps: { wrap: true } },
      components: {
        PageTitle: './src/components/overrides/PageTitle.astro',
        Footer: './src/components/overrides/Footer.astro',
      },
      sidebar: [
        {
          label: 'Start here',
          translations: { 'zh-CN': '从这里开始' },
          items: [{ slug: 'overview' }],
        },
        {
          label: 'Auth providers',
          translations: { 'zh-CN': '认证提供商' },
          items: [{ autogenerate: { directory: 'auth' } }],
        },
        { label: 'Payments', translations: { 'zh-CN': '支付' }, items: [{ autogenerate: { directory: 'payments' } }] },
        {
          label: 'Playgrounds',
          translations: { 'zh-CN': '在线试用' },
          items: [{ autogenerate: { directory: 'playground' } }],
        },
      ],
      plugins: [starlightLinksValidator({ errorOnInconsistentLocale: true, errorOnFallbackPages: true })],
    }),
    react(),
    clientInteraction(),
    compareRoutes(),
    notFoundPages(),
    siteSitemap(locales),
    contentSecurityPolicy(),
  ],
});
