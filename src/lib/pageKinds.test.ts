import { describe, expect, it } from 'vitest';
import { isCompareView, isDocsPage, isGuidePage, isNotFoundPath, isPlaygroundPage } from './pageKinds.ts';

describe('page kinds', () => {
  it.each([
    ['/', 'docs'],
    ['/auth/clerk/', 'docs'],
    ['zh-cn/auth/clerk/', 'docs'],
    ['/auth/compare-tokens/', 'docs'],
    ['/compare/', 'compare'],
    ['/zh-cn/compare/auth/clerk/', 'compare'],
    ['compare/overview/', 'compare'],
    ['/404.html', 'notFound'],
    ['/zh-cn/404/', 'notFound'],
    ['zh-cn/404', 'notFound'],
    ['/404-errors/', 'docs'],
  ])('default: %s is a %s page', (path, kind) => {
    expect({ compare: isCompareView(path), notFound: isNotFoundPath(path), docs: isDocsPage(path) }).toEqual({
      compare: kind === 'compare',
      notFound: kind === 'notFound',
      docs: kind === 'docs',
    });
  });

  it.each([
    ['/playground/jwt/', true],
    ['zh-cn/playground/x402/', true],
    ['/zh-cn/playground/rls', true],
    // The compare view repeats a playground page next to its twin, in half a column.
    ['/compare/playground/jwt/', false],
    ['/overview/', false],
    ['/playground/', false],
  ])('default: is %s a playground page? %s', (path, playground) => {
    expect(isPlaygroundPage(path)).toBe(playground);
  });

  it.each([
    ['/auth/clerk/', true],
    ['zh-cn/payments/okx-x402/', true],
    ['/zh-cn/auth/better-auth', true],
    ['/compare/auth/clerk/', false],
    ['/overview/', false],
    ['/playground/rls/', false],
    ['/', false],
  ])('default: is %s a guide? %s', (path, guide) => {
    expect(isGuidePage(path)).toBe(guide);
  });
});
