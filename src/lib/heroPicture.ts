import type { Locale } from '../../playground/catalog/locale.ts';
import { escapeHtml } from './inlineCode.ts';
import { siteStrings } from './siteStrings.ts';

/** The user the picture follows: the `sub` of the token is the owner of the one row returned. */
const USER = 'user_2fK9';
const OTHERS = ['user_7Qx1', 'user_4Bd8'];
const WIDTH = 320;
const HEIGHT = 364;

const box = (y: number, height: number, extra = '') =>
  `<rect class="hp-box${extra}" x="8" y="${y}" width="${WIDTH - 16}" height="${height}" rx="10"/>`;
const label = (y: number, text: string, x = 24) =>
  `<text class="hp-label" x="${x}" y="${y}">${escapeHtml(text)}</text>`;
/** A downward arrow from one box to the next. */
const arrow = (from: number, to: number) =>
  `<path class="hp-arrow" d="M160 ${from}V${to - 6}"/><path class="hp-arrowhead" d="M154 ${to - 7}l6 7 6-7z"/>`;

/**
 * The landing page's hero picture: how a sign-in becomes row-level security, as inline SVG in the
 * page's language. A JWT signed by the auth provider carries the user in `sub`; InsForge verifies
 * it; Postgres returns only that user's rows. Colours come from CSS (`.hp-*`, Starlight's
 * `--sl-color-*`), so the picture follows the light and dark themes.
 *
 * @example
 * heroPicture('en'); // '<svg class="hero-picture" role="img" viewBox="0 0 320 364" aria-labelledby="hero-picture-title" …'
 */
export function heroPicture(locale: Locale): string {
  const t = siteStrings(locale);
  const rows = [USER, ...OTHERS].map((user, i) => {
    const y = 272 + i * 28;
    const mine = user === USER;
    const tag = t(mine ? 'hero.row.returned' : 'hero.row.filtered');
    return [
      `<g class="${mine ? 'hp-row hp-row-mine' : 'hp-row'}">`,
      `<rect x="24" y="${y}" width="${WIDTH - 48}" height="22" rx="5"/>`,
      `<text class="hp-mono" x="34" y="${y + 15}">${user}</text>`,
      `<text class="hp-tag" x="${WIDTH - 34}" y="${y + 15}" text-anchor="end">${escapeHtml(tag)}</text>`,
      '</g>',
    ].join('');
  });
  return [
    `<svg class="hero-picture" role="img" viewBox="0 0 ${WIDTH} ${HEIGHT}" aria-labelledby="hero-picture-title" aria-describedby="hero-picture-desc" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="hero-picture-title">${escapeHtml(t('hero.picture.title'))}</title>`,
    `<desc id="hero-picture-desc">${escapeHtml(t('hero.picture.desc'))}</desc>`,
    box(8, 60),
    label(32, t('hero.step.sign')),
    // A real HS256 header and the start of a payload whose `sub` is USER, cut short.
    '<text class="hp-mono" x="24" y="54"><tspan class="hp-jwt-header">eyJhbGci…</tspan>.<tspan class="hp-jwt-payload">eyJzdWIiOiJ1c2Vy…</tspan>.<tspan class="hp-jwt-signature">SflKxw…</tspan></text>',
    arrow(68, 92),
    box(92, 56),
    label(116, t('hero.step.claim')),
    `<text class="hp-mono hp-claim" x="24" y="136">"sub": "${USER}"</text>`,
    arrow(148, 172),
    box(172, 44),
    '<path class="hp-check" d="M24 194l5 5 9-10"/>',
    label(199, t('hero.step.verify'), 46),
    arrow(216, 240),
    box(240, 116, ' hp-box-db'),
    label(263, t('hero.step.rls')),
    ...rows,
    '</svg>',
  ].join('');
}
