import { describe, expect, test } from 'vitest';
import { translationNotice } from './translationNotice.ts';

const FEB = new Date('2026-02-20T08:00:00Z');
const MAR = new Date('2026-03-30T08:00:00Z');

describe('translationNotice', () => {
  test('default: a translation older than its original gets a notice with links to both views', () => {
    expect(translationNotice('auth/clerk', { original: MAR, translation: FEB })).toEqual({
      originalUpdated: MAR,
      originalHref: '/auth/clerk/',
      compareHref: '/zh-cn/compare/auth/clerk/',
    });
  });

  test('behavior: the landing page links to the English home and the Chinese compare view', () => {
    expect(translationNotice('', { original: MAR, translation: FEB })).toMatchObject({
      originalHref: '/',
      compareHref: '/zh-cn/compare/',
    });
  });

  test.each([
    // Translated after the original changed.
    { why: 'a newer translation', original: FEB, translation: MAR },
    // Both changed in one commit.
    { why: 'the same commit', original: MAR, translation: new Date(MAR) },
    // Either file never committed: nothing to compare.
    { why: 'an uncommitted original', original: undefined, translation: FEB },
    { why: 'an uncommitted translation', original: MAR, translation: undefined },
  ])('behavior: no notice for $why', ({ original, translation }) => {
    expect(translationNotice('overview', { original, translation })).toBeUndefined();
  });
});
