import { getEntry, render } from 'astro:content';
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { localeOfPath } from '../../playground/catalog/locale.ts';
import { docsId, unlocalizedSlug } from '../lib/docsPairs.ts';
import { isDocsPage } from '../lib/pageKinds.ts';
import { HEADING_TWINS_ID, pairHeadings } from '../lib/pairHeadings.ts';

/**
 * Gives each docs page the ids of its headings' twins in the other language, as JSON in the head, so
 * the language picker can land on the section being read (see `LanguageSelect`).
 */
export const onRequest = defineRouteMiddleware(async ({ locals, url }) => {
  const route = locals.starlightRoute;
  if (!isDocsPage(url.pathname) || route.isFallback || route.headings.length === 0) return;
  const other = localeOfPath(route.id) === 'en' ? 'zh-CN' : 'en';
  const twin = await getEntry('docs', docsId(unlocalizedSlug(route.id), other) || 'index');
  if (!twin) return;
  const pairs = pairHeadings(route.headings, (await render(twin)).headings);
  route.head.push({
    tag: 'script',
    attrs: { type: 'application/json', id: HEADING_TWINS_ID },
    // `<` escaped, so no heading text can close the script element.
    content: JSON.stringify(pairs).replaceAll('<', '\\u003c'),
  });
});
