import { getCollection, render } from 'astro:content';
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { localeOfPath } from '../../playground/catalog/locale.ts';
import { unlocalizedSlug } from '../lib/docsPairs.ts';
import { isDocsPage } from '../lib/pageKinds.ts';
import { HEADING_TWINS_ID, pairHeadings } from '../lib/pairHeadings.ts';

/**
 * Gives each docs page the ids of its headings' twins in the other language, as JSON in the head, so
 * the language picker can land on the section being read (see `LanguageSelect`).
 */
export const onRequest = defineRouteMiddleware(async ({ locals, url }) => {
  const route = locals.starlightRoute;
  if (!isDocsPage(url.pathname) || route.isFallback) return;
  const slug = unlocalizedSlug(route.id);
  const locale = localeOfPath(route.id);
  const [twin] = await getCollection('docs', (d) => unlocalizedSlug(d.id) === slug && localeOfPath(d.id) !== locale);
  if (!twin) return;
  // Rendered here rather than taken from `route.headings`, which Starlight leaves empty on splash pages.
  const [page, twinPage] = await Promise.all([render(route.entry), render(twin)]);
  const pairs = pairHeadings(page.headings, twinPage.headings);
  if (pairs.length === 0) return;
  route.head.push({
    tag: 'script',
    attrs: { type: 'application/json', id: HEADING_TWINS_ID },
    // `<` escaped, so no heading text can close the script element.
    content: JSON.stringify(pairs).replaceAll('<', '\\u003c'),
  });
});
