import { toLocale } from '../../playground/catalog/locale.ts';
import { siteStrings } from '../lib/siteStrings.ts';
import type { MarkdownPage } from './localeSite.ts';

/** One page as a Markdown document: title, summary, where it lives on the web, then its content. */
export function pageDocument(page: MarkdownPage, site: URL): string {
  const t = siteStrings(toLocale(page.lang));
  const parts = [`# ${page.title}`];
  if (page.description) parts.push(`> ${page.description}`);
  parts.push(t('agents.webPage', { url: new URL(page.path, site).href }), page.body);
  return `${parts.join('\n\n')}\n`;
}
