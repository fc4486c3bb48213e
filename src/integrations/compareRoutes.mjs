// @ts-check
import { LOCALES, localePath } from '../../playground/catalog/locale.ts';

/**
 * Injects the side-by-side compare view (`/compare/<page>/` and `/zh-cn/compare/<page>/`).
 * The same entrypoint serves both locales; it reads the reader's locale from the URL.
 * @returns {import('astro').AstroIntegration}
 */
export function compareRoutes() {
  return {
    name: 'insforge:compare-routes',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        for (const pattern of LOCALES.map((locale) => localePath('/compare/[...slug]', locale))) {
          injectRoute({ pattern, entrypoint: './src/routes/ComparePage.astro', prerender: true });
        }
      },
    },
  };
}
