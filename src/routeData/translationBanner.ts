import { getEntry } from 'astro:content';
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { unlocalizedSlug } from '../lib/docsPairs.ts';
import { inlineCode } from '../lib/inlineCode.ts';
import { lastCommitDate } from '../lib/lastCommitDate.ts';
import { siteStrings } from '../lib/siteStrings.ts';
import { translationNotice } from '../lib/translationNotice.ts';

const t = siteStrings('zh-CN');

/**
 * Puts a banner on a Chinese page whose English original was committed after the translation
 * (see `translationNotice`), with links to the original and to the side-by-side view. Routes that
 * are not docs pages (compare views, the 404 page) have no English entry and get nothing.
 */
export const onRequest = defineRouteMiddleware(async ({ locals }) => {
  const route = locals.starlightRoute;
  if (route.lang !== 'zh-CN' || route.isFallback) return;
  const slug = unlocalizedSlug(route.id);
  const original = await getEntry('docs', slug || 'index');
  if (!original?.filePath) return;
  const notice = translationNotice(slug, {
    original: lastCommitDate(original.filePath),
    translation: lastCommitDate(route.entry.filePath),
  });
  if (!notice) return;
  // Formatted like Starlight's "Last updated" date, so the two read alike.
  const date = notice.originalUpdated.toLocaleDateString(route.lang, { dateStyle: 'medium', timeZone: 'UTC' });
  const originalLink = `<a href="${notice.originalHref}" hreflang="en">${inlineCode(t('translationNotice.original'))}</a>`;
  const compareLink = `<a href="${notice.compareHref}">${inlineCode(t('translationNotice.compare'))}</a>`;
  const text = inlineCode(t('translationNotice.outdated', { date }));
  route.entry.data.banner = { content: `${text} ${originalLink} · ${compareLink}` };
});
