import type { InteractionOptions } from './integrations/interactionOptions.ts';

/** The custom client directives the site's integrations add (`src/integrations/clientInteraction.mjs`). */
declare module 'astro' {
  interface AstroClientDirectives {
    'client:interaction'?: boolean | InteractionOptions;
  }
}
