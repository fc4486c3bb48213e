// @ts-check

import { readdirSync, readFileSync } from 'node:fs';
import { satteri } from '@astrojs/markdown-satteri';
import react from '@astrojs/react';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import starlightLinksValidator from 'starlight-links-validator';
import en from './content/i18n/en.json' with { type: 'json' };
import zh from './content/i18n/zh-CN.json' with { type: 'json' };
import { STARLIGHT_LOCALES } from './playground/catalog/locale.ts';
import { agentReadableFiles } from './src/integrations/agentReadableFiles.mjs';
import { clientInteraction } from './src/integrations/clientInteraction.mjs';
import { compareRoutes } from './src/integrations/compareRoutes.mjs';
import { contentSecurityPolicy } from './src/integrations/contentSecurityPolicy.mjs';
import { deployRecipes } from './src/integrations/deployRecipes.mjs';
import { notFoundPages } from './src/integrations/notFoundPages.mjs';
import { ogImages } from './src/integrations/ogImages.mjs';
import { pageLocalePlugin } from './src/integrations/pageLocalePlugin.mjs';
import { sandboxAssets } from './src/integrations/sandboxAssets.mjs';
import { siteSitemap } from './src/integrations/siteSitemap.mjs';

/** Components in `src/components/` that pages use; each takes the page's `locale`. */
const pageComponents = readdirSync(new URL('./src/components/', import.meta.url))
  .filter((f) => f.endsWith('.astro'))
  .map((f) => f.replace(/\.astro$/, ''));

/** The source repository, named once in package.json; "Edit this page" links point into it. */
const { repository } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** A sidebar group's label in both languages. @param {keyof typeof en} key */
const section = (key) => ({ label: en[key], translations: { 'zh-CN': zh[key] } });

/**
 * How code blocks look. GitHub's themes colour a string, its quotes included, as one token, so a guide's
 * code takes ≈ 18 % fewer elements than with Starlight's default themes (most of a long page's DOM is
 * code). Wrapped code reads better on a phone and in the compare view's half-width columns.
 * `npm run bench` builds once with `STARLIGHT_DEFAULT_CODE=1`, Starlight's own presentation, to compare.
 */
/** @type {import('@astrojs/starlight/expressive-code').StarlightExpressiveCodeOptions | true} */
const CODE_PRESENTATION = process.env.STARLIGHT_DEFAULT_CODE
  ? true
  : { themes: ['github-dark-default', 'github-light-default'], defaultProps: { wrap: true } };

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
  // The sandbox Worker is an ES module (`new Worker(…, { type: 'module' })`) that code-splits.
  vite: { optimizeDeps: { exclude: ['@electric-sql/pglite'] }, worker: { format: 'es' } },
  integrations: [
    starlight({
      title: { en: en['site.title'], 'zh-CN': zh['site.title'] },
      description: 'Wire auth providers and the OKX x402 facilitator into InsForge — and try each one in the page.',
      defaultLocale: 'root',
      locales: STARLIGHT_LOCALES,
      logo: { src: './src/assets/logo.svg', replacesTitle: false },
      favicon: '/favicon.svg',
      lastUpdated: true,
      editLink: { baseUrl: `${repository.url}/edit/main/` },
      // The bilingual 404 pages come from `notFoundPages()`.
      disable404Route: true,
      customCss: ['./src/styles/site.css'],
      routeMiddleware: [
        './src/og/ogImageHead.ts',
        './src/routeData/translationBanner.ts',
        './src/routeData/unindexedPages.ts',
        './src/routeData/markdownAlternate.ts',
        './src/routeData/siteHomeTitle.ts',
        './src/routeData/headingTwins.ts',
        './src/routeData/landingHeroPicture.ts',
      ],
      expressiveCode: CODE_PRESENTATION,
      // A page's title is indexed already as its h1; counted again as metadata, it let a page named
      // after a term outrank the guides that explain it (see TwoColumnContent.astro).
      pagefind: { ranking: { metaWeights: { title: 0 } } },
      components: {
        Hero: './src/components/overrides/Hero.astro',
        LanguageSelect: './src/components/overrides/LanguageSelect.astro',
        PageTitle: './src/components/overrides/PageTitle.astro',
        Footer: './src/components/overrides/Footer.astro',
        TwoColumnContent: './src/components/overrides/TwoColumnContent.astro',
        Search: './src/components/overrides/Search.astro',
      },
      // Labels come from the site's strings, which the Open Graph cards use too.
      sidebar: [
        { ...section('section.start'), items: [{ slug: 'overview' }] },
        { ...section('section.auth'), items: [{ autogenerate: { directory: 'auth' } }] },
        { ...section('section.payments'), items: [{ autogenerate: { directory: 'payments' } }] },
        { ...section('section.playground'), items: [{ autogenerate: { directory: 'playground' } }] },
      ],
      plugins: [starlightLinksValidator({ errorOnInconsistentLocale: true, errorOnFallbackPages: true })],
    }),
    react(),
    clientInteraction(),
    compareRoutes(),
    notFoundPages(),
    siteSitemap(STARLIGHT_LOCALES),
    contentSecurityPolicy(),
    ogImages(),
    agentReadableFiles(),
    sandboxAssets(),
    deployRecipes(),
  ],
});
