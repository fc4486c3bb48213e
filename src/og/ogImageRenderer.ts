import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import satori, { type Font } from 'satori';
import logoSvg from '../assets/logo.svg?raw';
import { fontsFor } from './fontsFor.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardText, type OgCardText, ogCard } from './ogCard.ts';

const LOGO = `data:image/svg+xml;base64,${Buffer.from(logoSvg).toString('base64')}`;

/** resvg's WebAssembly module is initialised once per process, however many renderers there are. */
let resvgReady: Promise<void> | undefined;
function initResvg(): Promise<void> {
  resvgReady ??= readFile(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm')).then(initWasm);
  return resvgReady;
}

/**
 * Prepares to draw the given cards as 1200×630 PNGs: satori lays a card out as SVG with its text as paths,
 * resvg rasterises it. The fonts for every character of every card are loaded once, into one array, because
 * satori parses a font set once per array it is given — one set for all cards instead of one per card.
 * Throws if a character has no font, instead of drawing tofu: before loading, when no subset's
 * `unicode-range` holds it, and while drawing, when satori finds no glyph for it after all (a range is a promise
 * about a file, not a check of it).
 */
export async function ogImageRenderer(
  cards: readonly OgCardText[],
): Promise<(card: OgCardText) => Promise<Uint8Array<ArrayBuffer>>> {
  const { fonts, missing } = fontsFor(cards.map(cardText).join(' '));
  if (missing.length > 0) throw new Error(`No font draws ${missing.join(' ')} on the Open Graph cards`);
  const loaded = new Set(fonts.map((f) => f.path));
  const satoriFonts: Font[] = await Promise.all(
    fonts.map(async ({ name, weight, path }) => ({ name, weight, style: 'normal', data: await readFile(path) })),
  );
  await initResvg();

  return async (card) => {
    const unprepared = fontsFor(cardText(card)).fonts.find((f) => !loaded.has(f.path));
    if (unprepared) throw new Error(`The card of “${card.title}” needs ${unprepared.name}, which was not prepared`);
    const svg = await satori(ogCard(card, LOGO) as unknown as Parameters<typeof satori>[0], {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      fonts: satoriFonts,
      loadAdditionalAsset: async (_language, segment) => {
        throw new Error(`No font has a glyph for “${segment}” on the card of “${card.title}”`);
      },
    });
    const resvg = new Resvg(svg);
    const image = resvg.render();
    try {
      // Copied out of resvg's memory into bytes of their own, which a `Response` takes as its body.
      return new Uint8Array(image.asPng());
    } finally {
      image.free();
      resvg.free();
    }
  };
}
