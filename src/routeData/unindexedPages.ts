import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import { toLocale } from '../../playground/catalog/locale.ts';
import { isCompareView, isNotFoundPath } from '../lib/pageKinds.ts';
import { siteStrings } from '../lib/siteStrings.ts';

type HeadEntry = StarlightRouteData['head'][number];

/** Tags that name the page's own address: a 404 page is served at whatever address was missing. */
const namesOwnAddress = ({ tag, attrs = {} }: HeadEntry) =>
  (tag === 'link' && (attrs.rel === 'canonical' || (attrs.rel === 'alternate' && 'hreflang' in attrs))) ||
  (tag === 'meta' && attrs.property === 'og:url');

/**
 * Keeps search engines on the guides. Compare views repeat two guides side by side and a 404 page
 * has nothing to find, so both carry `noindex` (the sitemap leaves compare views out too). A 404
 * page names no address of its own (no canonical, no hreflang twins), and its title says what
 * happened in the reader's language.
 */
export const onRequest = defineRouteMiddleware(({ locals, url }) => {
  const route = locals.starlightRoute;
  const notFound = isNotFoundPath(url.pathname);
  if (!notFound && !isCompareView(url.pathname)) return;
  route.head.push({ tag: 'meta', attrs: { name: 'robots', content: 'noindex' }, content: '' });
  if (!notFound) return;
  const title = `${siteStrings(toLocale(route.lang))('notFound.title')} | ${route.siteTitle}`;
  route.head = route.head
    .filter((entry) => !namesOwnAddress(entry))
    .map((entry) => (entry.tag === 'title' ? { ...entry, content: title } : entry));
});
