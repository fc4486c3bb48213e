import { getCollection } from 'astro:content';
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { toLocale } from '../../playground/catalog/locale.ts';
import { siteStrings } from '../lib/siteStrings.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './ogCard.ts';
import { ogImagePath, ogImageSlug } from './ogImagePath.ts';

/** Docs pages by the slug of their card; pages without one (the 404 page) get no image tags. */
let pagesBySlug: Promise<Map<string, { data: { title: string } }>> | undefined;

/**
 * Adds the page's Open Graph card to its `<head>` (Starlight already writes the title, description and
 * `twitter:card: summary_large_image`). A compare view points at the card of the page it compares.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  pagesBySlug ??= getCollection('docs').then((docs) => new Map(docs.map((d) => [ogImageSlug(d.id), d])));
  const page = (await pagesBySlug).get(ogImageSlug(route.id));
  if (!page || !context.site) return;

  const t = siteStrings(toLocale(route.lang));
  const image = new URL(ogImagePath(route.id), context.site).href;
  const og = (property: string, content: string) => ({ tag: 'meta' as const, attrs: { property, content } });
  route.head.push(
    og('og:image', image),
    og('og:image:type', 'image/png'),
    og('og:image:width', String(CARD_WIDTH)),
    og('og:image:height', String(CARD_HEIGHT)),
    og('og:image:alt', t('og.imageAlt', { title: page.data.title, site: t('site.title') })),
    { tag: 'meta', attrs: { name: 'twitter:image', content: image } },
  );
});
