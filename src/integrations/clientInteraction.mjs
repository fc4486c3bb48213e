// @ts-check
/**
 * Adds the `client:interaction` directive: an island is rendered on the server as usual, and its
 * JavaScript (React and the tool) is downloaded and hydrated only when the reader reaches for it —
 * pointer over it, touch, focus or a key inside it. A playground page therefore ships no more
 * script than Starlight itself until it is used (React 19 alone is ≈ 69 KB gzipped).
 * @returns {import('astro').AstroIntegration}
 */
export function clientInteraction() {
  return {
    name: 'insforge:client-interaction',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({
          name: 'interaction',
          entrypoint: new URL('./hydrateOnInteraction.ts', import.meta.url).pathname,
        });
      },
    },
  };
}
