import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, test } from 'vitest';
import { docsPageCards } from '../../tests/content/docsPageCards.ts';
import { fontsFor, parseUnicodeRange } from './fontsFor.ts';
import { cardText } from './ogCard.ts';

const files = (text: string) => fontsFor(text).fonts.map((f) => basename(f.path));

describe('parseUnicodeRange', () => {
  test.each([
    // a single code point
    ['U+0131', [[0x131, 0x131]]],
    // a range and a point, as Fontsource writes them
    [
      'U+0000-00FF,U+2122',
      [
        [0, 0xff],
        [0x2122, 0x2122],
      ],
    ],
    // lower-case hex and spaces after commas
    [
      'U+1f1e9-1f1f5, U+fee3',
      [
        [0x1f1e9, 0x1f1f5],
        [0xfee3, 0xfee3],
      ],
    ],
  ])('default: %s', (value, ranges) => {
    expect(parseUnicodeRange(value)).toEqual(ranges);
  });
});

describe('fontsFor', () => {
  test('default: Latin text needs Inter’s Latin subset only, in both weights', () => {
    expect(fontsFor('Clerk — JWT playground')).toEqual({
      fonts: [expect.objectContaining({ weight: 400 }), expect.objectContaining({ weight: 700 })],
      missing: [],
    });
    expect(files('Clerk — JWT playground')).toEqual(['inter-latin-400-normal.woff', 'inter-latin-700-normal.woff']);
  });

  test('behavior: Chinese text adds only the Noto Sans SC subsets that hold its characters, after Inter', () => {
    const names = fontsFor('RLS 演练场，集成').fonts.map((f) => f.name);
    expect(names[0]).toBe('inter-latin');
    const noto = [...new Set(names.filter((n) => n.startsWith('noto-sans-sc-')))];
    expect(noto.length).toBeGreaterThan(0);
    // Each subset holds a few hundred characters: seven characters cannot need more than seven of the ~100.
    expect(noto.length).toBeLessThanOrEqual(7);
  });

  test('behavior: whitespace needs no font', () => {
    expect(fontsFor(' \n\t')).toEqual({ fonts: [], missing: [] });
  });

  test('error: a character no subset holds is reported missing', () => {
    expect(fontsFor('A \u{1D11E} B').missing).toEqual(['\u{1D11E}']);
  });

  test.each(docsPageCards().map((card) => [`${card.lang} ${card.title}`, card] as const))(
    'behavior: every character on the card of %s has a font file',
    (_name, card) => {
      const { fonts, missing } = fontsFor(cardText(card));
      expect(missing).toEqual([]);
      for (const { path } of fonts) expect(existsSync(path), path).toBe(true);
    },
  );
});
