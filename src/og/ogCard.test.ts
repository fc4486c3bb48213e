import { describe, expect, test } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, cardText, type OgCardText, type OgElement, ogCard, titleSize } from './ogCard.ts';

const CARD: OgCardText = {
  lang: 'zh-CN',
  title: 'OKX x402',
  description: '借助 OKX x402 服务商，在 X Layer 上以 USDG 按请求收费。',
  site: 'InsForge 集成',
  section: '支付',
  host: 'integrations.insforge.dev',
};

/** Every text child in the tree, in document order. */
function texts(node: OgElement): string[] {
  const { children } = node.props;
  if (typeof children === 'string') return [children];
  return (children ?? []).flatMap(texts);
}

/** The first element whose text is `text`. */
function find(node: OgElement, text: string): OgElement | undefined {
  if (node.props.children === text) return node;
  return Array.isArray(node.props.children) ? node.props.children.map((c) => find(c, text)).find(Boolean) : undefined;
}

describe('ogCard', () => {
  test('default: site, section, title, description and host, in reading order, on a 1200×630 card', () => {
    const card = ogCard(CARD, 'data:logo');
    expect(texts(card)).toEqual([CARD.site, CARD.section, CARD.title, CARD.description, CARD.host]);
    expect(card.props.style).toMatchObject({ width: CARD_WIDTH, height: CARD_HEIGHT, boxSizing: 'border-box' });
    expect(card.props.lang).toBe('zh-CN');
  });

  test('behavior: the title is large and the description clamped to three lines', () => {
    const card = ogCard(CARD, 'data:logo');
    expect(find(card, CARD.title)?.props.style).toMatchObject({ fontSize: 88, fontWeight: 700 });
    expect(find(card, CARD.description)?.props.style).toMatchObject({ fontSize: 32, lineClamp: 3 });
  });

  test('behavior: the logo is drawn from the given image', () => {
    expect(JSON.stringify(ogCard(CARD, 'data:image/svg+xml;base64,AAAA'))).toContain(
      '"src":"data:image/svg+xml;base64,AAAA"',
    );
  });

  test('behavior: a page outside the sidebar sections has no section pill', () => {
    expect(texts(ogCard({ ...CARD, section: undefined }, 'data:logo'))).toEqual([
      CARD.site,
      CARD.title,
      CARD.description,
      CARD.host,
    ]);
  });
});

describe('titleSize', () => {
  test.each([
    // a provider name fills the card
    ['Clerk', 88],
    // CJK characters count double: 8 of them are as wide as 16 Latin letters
    ['集成概览集成概览', 88],
    ['Integration overview for auth', 72],
    ['认证提供商与 OKX x402 服务商如何接入', 60],
  ])('default: %s → %i px', (title, size) => {
    expect(titleSize(title)).toBe(size);
  });
});

describe('cardText', () => {
  test('default: every string the card draws', () => {
    expect(cardText(CARD).split(' ')).toEqual(expect.arrayContaining(['InsForge', '集成', '支付', 'OKX', 'x402']));
  });
});
