import { expect, test } from 'vitest';
import { ogImagePath } from './ogImagePath.ts';

test.each([
  // docs collection ids
  ['auth/clerk', '/og/auth/clerk.png'],
  ['zh-cn/auth/clerk', '/og/zh-cn/auth/clerk.png'],
  ['index', '/og/index.png'],
  ['zh-cn', '/og/zh-cn/index.png'],
  // Starlight route ids of the landing pages
  ['', '/og/index.png'],
  // compare views show the card of the page they compare, in the reader's language
  ['compare/payments/okx-x402', '/og/payments/okx-x402.png'],
  ['zh-cn/compare/payments/okx-x402', '/og/zh-cn/payments/okx-x402.png'],
  ['compare', '/og/index.png'],
  ['zh-cn/compare', '/og/zh-cn/index.png'],
  // a page whose name merely starts with "compare" is its own page
  ['comparers', '/og/comparers.png'],
])('default: %j → %s', (id, path) => {
  expect(ogImagePath(id)).toBe(path);
});
