import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { toLocale } from '../../playground/catalog/locale.ts';
import { unlocalizedSlug } from '../lib/docsPairs.ts';
import { heroPicture } from '../lib/heroPicture.ts';

/**
 * The landing page's hero image: the picture of a token's way into RLS (`heroPicture`), as the raw HTML
 * Starlight's hero puts beside its text. Set here rather than in the page's frontmatter so its words come
 * from the site's strings in the page's language; its styles live in the Hero override.
 */
export const onRequest = defineRouteMiddleware(({ locals }) => {
  const route = locals.starlightRoute;
  const hero = route.entry.data.hero;
  if (unlocalizedSlug(route.id) !== '' || !hero || hero.image) return;
  // `alt` goes unused for raw HTML: the SVG names itself (role="img" and its <title>).
  hero.image = { html: heroPicture(toLocale(route.lang)), alt: '' };
});
