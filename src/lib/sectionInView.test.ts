import { expect, test } from 'vitest';
import { type HeadingPosition, sectionInView } from './sectionInView.ts';

const PHONE = { height: 844, atEnd: false, hash: '' };
const at = (...tops: number[]): HeadingPosition[] => tops.map((top, i) => ({ id: `h${i}`, top }));

test.each([
  // Above the first heading: the intro has no twin to land on.
  ['the intro', at(500, 1400), PHONE, undefined],
  // A heading just under the sticky header opens the section being read.
  ['a heading at the top', at(-900, 90, 1300), PHONE, 'h1'],
  // The previous section still fills most of the screen while the next heading is low.
  ['a heading low on screen', at(-900, 600), PHONE, 'h0'],
  // Every heading scrolled past: the last one.
  ['deep in the last section', at(-3000, -1200), PHONE, 'h1'],
  // The address names a heading on screen: that one, even below the reading line.
  ['the named heading', at(-100, 500), { ...PHONE, hash: 'h1' }, 'h1'],
  // The named heading was scrolled away from: where the reader is now.
  ['a named heading off screen', at(-2000, 80), { ...PHONE, hash: 'h0' }, 'h1'],
  // At the end of the page the last short section cannot reach the top.
  ['the end of the page', at(-800, 300, 650), { ...PHONE, atEnd: true }, 'h2'],
] as const)('behavior: %s', (_, headings, viewport, expected) => {
  expect(sectionInView(headings, viewport)).toBe(expected);
});
