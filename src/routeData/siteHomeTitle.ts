import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

/**
 * A page named like the site (the landing page in each language) is titled with the name once, not
 * "InsForge Integrations | InsForge Integrations" as Starlight's "page | site" pattern would make it.
 */
export const onRequest = defineRouteMiddleware(({ locals }) => {
  const route = locals.starlightRoute;
  if (route.entry.data.title !== route.siteTitle) return;
  route.head = route.head.map((entry) => (entry.tag === 'title' ? { ...entry, content: route.siteTitle } : entry));
});
