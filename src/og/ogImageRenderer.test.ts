import { describe, expect, test } from 'vitest';
import { docsPageCards } from '../../tests/content/docsPageCards.ts';
import { pngSize } from '../../tests/fixtures/pngSize.ts';
import type { OgCardText } from './ogCard.ts';
import { ogImageRenderer } from './ogImageRenderer.ts';

const CARDS = docsPageCards();
const render = ogImageRenderer(CARDS);

describe('ogImageRenderer', () => {
  test('default: a card in each language is a 1200×630 PNG, drawn with a glyph for every character', async () => {
    // satori reports a character without a glyph to the renderer, which throws: rendering is the glyph check.
    // The build draws every page's card through the same check; the e2e spec measures each image it serves.
    for (const lang of ['en', 'zh-CN']) {
      const card = CARDS.find((c) => c.lang === lang && c.section !== undefined) as OgCardText;
      expect(pngSize(await (await render)(card)), card.title).toEqual({ width: 1200, height: 630 });
    }
  });

  test('error: a card with characters the renderer was not prepared for', async () => {
    const card: OgCardText = { ...(CARDS[0] as OgCardText), title: 'Привет' };
    await expect((await render)(card)).rejects.toThrow(/needs inter-cyrillic, which was not prepared/);
  });

  test('error: a character whose subset claims it but has no glyph for it', async () => {
    // Noto Sans SC's `unicode-range` lists a few Hangul syllables its file cannot draw.
    const card: OgCardText = { ...(CARDS[0] as OgCardText), title: '한' };
    await expect((await ogImageRenderer([card]))(card)).rejects.toThrow(/No font has a glyph for “한”/);
  });

  test('error: a character no font holds fails before anything is drawn', async () => {
    const card: OgCardText = { ...(CARDS[0] as OgCardText), description: '\u{1D11E}' };
    await expect(ogImageRenderer([card])).rejects.toThrow(/No font draws \u{1D11E}/u);
  });
});
