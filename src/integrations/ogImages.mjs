// @ts-check
/**
 * Injects `/og/<slug>.png`: each docs page's Open Graph card, drawn at build time (and on request in dev).
 * `src/og/ogImageHead.ts`, a Starlight route middleware, points each page's `<head>` at its card.
 * @returns {import('astro').AstroIntegration}
 */
export function ogImages() {
  return {
    name: 'insforge:og-images',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({ pattern: '/og/[...slug].png', entrypoint: './src/og/ogImageRoute.ts', prerender: true });
      },
    },
  };
}
