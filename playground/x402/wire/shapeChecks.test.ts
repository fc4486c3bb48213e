import { expect, test } from 'vitest';
import {
  arrayAt,
  asObject,
  booleanAt,
  FORMATS,
  formattedAt,
  numberAt,
  optionalObjectAt,
  optionalStringAt,
  stringAt,
} from './shapeChecks.ts';
import { X402FormatError } from './x402Errors.ts';

function details(run: () => unknown): Readonly<Record<string, string | number>> {
  try {
    run();
  } catch (error) {
    if (error instanceof X402FormatError && error.code === 'invalid_shape') return error.details;
    throw error;
  }
  throw new Error('expected invalid_shape');
}

test('default: readers return the typed value', () => {
  const object = { s: 'x', n: 3, b: false, o: { k: 1 }, a: [1, 2] };
  expect(stringAt(object, 's', '')).toBe('x');
  expect(numberAt(object, 'n', '')).toBe(3);
  expect(booleanAt(object, 'b', '')).toBe(false);
  expect(optionalObjectAt(object, 'o', '')).toEqual({ k: 1 });
  expect(optionalStringAt(object, 'missing', '')).toBeUndefined();
  expect(arrayAt(object, 'a', '', (item) => Number(item) * 2)).toEqual([2, 4]);
  expect(formattedAt({ v: '0x00' }, 'v', '', FORMATS.hex)).toBe('0x00');
});

test.each([
  // Paths name the field the way a reader would look for it.
  [
    'a nested path',
    () => stringAt({}, 'scheme', 'accepts[0]'),
    { field: 'accepts[0].scheme', expected: 'a string', actual: 'undefined' },
  ],
  ['a top-level field', () => numberAt({ n: '300' }, 'n', ''), { field: 'n', expected: 'a number', actual: 'string' }],
  ['NaN is not a number here', () => numberAt({ n: Number.NaN }, 'n', ''), { field: 'n', actual: 'number' }],
  ['null is not an object', () => asObject(null, 'body'), { field: 'body', actual: 'null' }],
  ['an array is not an object', () => asObject([], 'body'), { field: 'body', actual: 'array' }],
  [
    'array items get an index',
    () => arrayAt({ a: [{}, 1] }, 'a', 'x', (item, path) => asObject(item, path)),
    { field: 'x.a[1]' },
  ],
  [
    'empty where one is required',
    () => arrayAt({ a: [] }, 'a', '', String, { nonEmpty: true }),
    { expected: 'a non-empty array' },
  ],
  [
    'a string in the wrong format',
    () => formattedAt({ v: '1.5' }, 'v', 'auth', FORMATS.uint),
    { field: 'auth.v', expected: FORMATS.uint.expected },
  ],
  [
    // An amount is signed as a uint256: one more than its largest value cannot be paid.
    'an amount past uint256',
    () => formattedAt({ v: (2n ** 256n).toString() }, 'v', 'auth', FORMATS.uint),
    { field: 'auth.v', expected: FORMATS.uint.expected },
  ],
])('error: %s', (_label, run, expected) => {
  expect(details(run)).toMatchObject(expected);
});
