import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { expect, test } from 'vitest';
import { elementCount } from '../../scripts/domSize.mjs';
import { isCompareView } from '../../src/lib/pageKinds.ts';
import { readBuilt, sitePages } from './builtSite.ts';

const compareViews = sitePages().filter(isCompareView);

test('no compare view shows a code block twice: a block both languages share spans both columns', () => {
  expect(compareViews.length).toBeGreaterThan(20);
  let shared = 0;
  for (const path of compareViews) {
    const tree = fromHtml(readBuilt(path));
    expect(selectAll('.cell > .expressive-code', tree), path).toEqual([]);
    shared += selectAll('.shared-code > .expressive-code', tree).length;
  }
  // Both languages' guides, overview and playground pages carry well over a hundred blocks between them.
  expect(shared).toBeGreaterThan(100);
});

test('the heaviest compare view has at most 0.6× the elements it had with every block twice', () => {
  // 10,758 elements before code blocks were shared (December 2026, issue 13).
  expect(elementCount(readBuilt('/compare/payments/okx-x402/'))).toBeLessThanOrEqual(0.6 * 10_758);
});
