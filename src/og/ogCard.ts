import type { Locale } from '../../playground/catalog/locale.ts';

/** What a page's Open Graph card says, already in the page's language. */
export interface OgCardText {
  readonly lang: Locale;
  readonly title: string;
  readonly description: string;
  /** The site's name (`InsForge Integrations`, `InsForge 集成`). */
  readonly site: string;
  /** The sidebar section the page sits in (`Payments`, `支付`); none for the landing page and the overview. */
  readonly section?: string | undefined;
  /** The site's host name, shown in the footer. */
  readonly host: string;
}

/** A node of the element tree satori lays out: React's shape, without React. */
export interface OgElement {
  readonly type: string;
  readonly props: {
    readonly style?: Readonly<Record<string, string | number>>;
    readonly children?: string | readonly OgElement[];
    readonly [attribute: string]: unknown;
  };
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The site's teal accent (src/styles/site.css), on the dark theme's ground. */
const COLOR = {
  ground: '#0a2624',
  low: '#0c2f2c',
  accent: '#14857a',
  high: '#b8ede6',
  text: '#ffffff',
  muted: '#cfe6e2',
} as const;

const el = (
  type: string,
  style: Record<string, string | number>,
  children?: string | OgElement[],
  attributes: Record<string, unknown> = {},
): OgElement => ({ type, props: { ...attributes, style, ...(children === undefined ? {} : { children }) } });

/** Width in Latin-letter units: a CJK character is about twice as wide as a Latin letter. */
function displayWidth(text: string): number {
  return [...text].reduce((width, char) => width + ((char.codePointAt(0) ?? 0) > 0x2e7f ? 2 : 1), 0);
}

/** A short title fills the card; a long one steps down so it fits on two lines. */
export function titleSize(title: string): number {
  const width = displayWidth(title);
  return width <= 20 ? 88 : width <= 32 ? 72 : 60;
}

/**
 * The card's element tree for satori: site name and logo on top, the section as a pill, the title
 * large, the description clamped to three lines, and the host at the foot above an accent bar.
 * @example ogCard({ lang: 'en', title: 'Clerk', description: '…', site: 'InsForge Integrations', host: 'integrations.insforge.dev' }, logoDataUri)
 */
export function ogCard(card: OgCardText, logo: string): OgElement {
  const header = el('div', { display: 'flex', alignItems: 'center', justifyContent: 'space-between' }, [
    el('div', { display: 'flex', alignItems: 'center' }, [
      el('img', { width: 64, height: 64, borderRadius: 14 }, undefined, { src: logo, width: 64, height: 64 }),
      el('div', { marginLeft: 22, fontSize: 32, fontWeight: 700, color: COLOR.high }, card.site),
    ]),
    ...(card.section
      ? [
          el(
            'div',
            {
              padding: '10px 26px',
              borderRadius: 999,
              border: `2px solid ${COLOR.accent}`,
              backgroundColor: 'rgba(20, 133, 122, 0.22)',
              color: COLOR.high,
              fontSize: 26,
              fontWeight: 700,
            },
            card.section,
          ),
        ]
      : []),
  ]);

  const body = el('div', { display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: 1 }, [
    el(
      'div',
      { fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.1, color: COLOR.text, lineClamp: 2 },
      card.title,
    ),
    el(
      'div',
      { marginTop: 28, fontSize: 32, fontWeight: 400, lineHeight: 1.45, color: COLOR.muted, lineClamp: 3 },
      card.description,
    ),
  ]);

  const footer = el(
    'div',
    { display: 'flex', fontSize: 24, fontWeight: 700, color: COLOR.high, opacity: 0.8 },
    card.host,
  );

  // Solid shapes rather than full-card gradients: resvg rasterises them in half the time, and the PNG is a third the size.
  const glow = (size: number, right: number, top: number, alpha: number) =>
    el('div', {
      position: 'absolute',
      width: size,
      height: size,
      right,
      top,
      borderRadius: size / 2,
      backgroundColor: `rgba(20, 133, 122, ${alpha})`,
    });

  return el(
    'div',
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      padding: '64px 80px 56px',
      backgroundColor: COLOR.ground,
      borderBottom: `12px solid ${COLOR.accent}`,
    },
    [glow(720, -260, -420, 0.16), glow(440, -140, -260, 0.16), header, body, footer],
    { lang: card.lang },
  );
}

/** Every character the card draws, for choosing its fonts. */
export function cardText(card: OgCardText): string {
  return [card.site, card.section ?? '', card.title, card.description, card.host].join(' ');
}
