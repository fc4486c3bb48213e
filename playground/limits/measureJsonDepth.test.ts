import { describe, expect, test } from 'vitest';
import { measureJsonDepth } from './measureJsonDepth.ts';

describe('measureJsonDepth', () => {
  test.each([
    // scalars have no brackets
    ['42', 0],
    ['"text"', 0],
    // objects and arrays each add a level
    ['{}', 1],
    ['{"a":[1,2]}', 2],
    // siblings do not add up: the deepest branch counts
    ['[[1],[[2]],[3]]', 3],
    // brackets inside strings are text, escaped quotes do not end the string
    ['{"a":"[[[{{{"}', 1],
    ['["\\"[[[", [1]]', 2],
    ['["\\\\", [1]]', 2],
  ])('default: %s nests %i deep', (text, depth) => {
    expect(measureJsonDepth(text)).toBe(depth);
  });

  test('behavior: stops counting once past the given depth', () => {
    expect(measureJsonDepth('['.repeat(1_000_000), 32)).toBe(33);
  });

  test('behavior: a very deep document is measured without recursion', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(measureJsonDepth(deep)).toBe(200_000);
  });
});
