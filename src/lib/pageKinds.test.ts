import { describe, expect, it } from 'vitest';
import { isCompareView, isDocsPage, isNotFoundPath } from './pageKinds.ts';

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
});
