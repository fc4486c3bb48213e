import { localeOfPath } from '../../playground/catalog/locale.ts';
import { unlocalizedSlug } from '../lib/docsPairs.ts';
import { siteStrings } from '../lib/siteStrings.ts';
import type { OgCardText } from './ogCard.ts';

/** A docs page as the card needs it: its collection id and frontmatter. */
export interface CardPage {
  readonly id: string;
  readonly data: { readonly title: string; readonly description?: string | undefined };
}

/** Sidebar sections by the first folder of a page's slug, as the sidebar autogenerates them. */
const SECTIONS = {
  auth: 'section.auth',
  payments: 'section.payments',
  playground: 'section.playground',
} as const;

/**
 * The text of a page's card, in the page's language: its title and description, the site's name,
 * and the section the sidebar files it under.
 * @example pageCard({ id: 'zh-cn/payments/okx-x402', data }, 'integrations.insforge.dev').section // '支付'
 */
export function pageCard(page: CardPage, host: string): OgCardText {
  const lang = localeOfPath(page.id);
  const t = siteStrings(lang);
  const folder = unlocalizedSlug(page.id).split('/')[0] ?? '';
  const section = Object.hasOwn(SECTIONS, folder) ? t(SECTIONS[folder as keyof typeof SECTIONS]) : undefined;
  return {
    lang,
    title: page.data.title,
    description: page.data.description ?? '',
    site: t('site.title'),
    section,
    host,
  };
}
