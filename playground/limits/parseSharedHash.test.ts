import { expect, test } from 'vitest';
import { parseRlsHashState } from '../rls/rlsHashState.ts';
import { DEFAULT_X402_HASH_STATE, parseX402HashState } from '../x402/x402HashState.ts';
import { INPUT_LIMITS } from './inputLimits.ts';
import { parseSharedHash } from './parseSharedHash.ts';

test('default: a link within the limits is read by the playground’s own parser', () => {
  expect(parseSharedHash('#mistake=replay', parseX402HashState)).toEqual({
    state: { ...DEFAULT_X402_HASH_STATE, mistake: 'replay' },
    refused: null,
  });
});

test.each([
  // the x402 form has only choices, but a link can still be padded to any length
  ['x402', parseX402HashState],
  // so can the RLS form
  ['RLS', parseRlsHashState],
] as const)('behavior: a %s link over the size limit opens the defaults and says why', (_, parse) => {
  const hash = `#mistake=replay&table=notes&padding=${'x'.repeat(INPUT_LIMITS.maxLength)}`;
  const { state, refused } = parseSharedHash<unknown>(hash, parse);
  expect(state).toEqual(parse(''));
  expect(refused).toMatchObject({ code: 'input_too_large', details: { limit: INPUT_LIMITS.maxLength } });
});

test('behavior: an error that is not about limits is not hidden', () => {
  const broken = () => {
    throw new TypeError('a bug');
  };
  expect(() => parseSharedHash('#a=1', broken)).toThrow(TypeError);
});
