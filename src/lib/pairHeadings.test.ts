import { expect, test } from 'vitest';
import { pairHeadings } from './pairHeadings.ts';

const h = (depth: number, slug: string) => ({ depth, slug });

test('default: headings pair by position', () => {
  expect(
    pairHeadings([h(2, 'setup'), h(3, 'env'), h(2, 'sql')], [h(2, '设置'), h(3, '环境变量'), h(2, 'sql')]),
  ).toEqual([
    ['setup', '设置'],
    ['env', '环境变量'],
    ['sql', 'sql'],
  ]);
});

test('behavior: pairing stops where the skeletons part', () => {
  expect(pairHeadings([h(2, 'a'), h(3, 'b'), h(2, 'c')], [h(2, '甲'), h(2, '乙'), h(2, '丙')])).toEqual([['a', '甲']]);
});

test('behavior: a twin with fewer headings pairs what it has', () => {
  expect(pairHeadings([h(2, 'a'), h(2, 'b')], [h(2, '甲')])).toEqual([['a', '甲']]);
});
