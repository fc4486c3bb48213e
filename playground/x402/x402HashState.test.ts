import { describe, expect, test } from 'vitest';
import { DEFAULT_X402_HASH_STATE, parseX402HashState, serializeX402HashState } from './x402HashState.ts';

describe('parseX402HashState', () => {
  test.each([
    ['empty', '', DEFAULT_X402_HASH_STATE],
    ['a mistake and the real token', '#mistake=replay&token=usdg', { mistake: 'replay', token: 'usdg' }],
    // Garbage falls back field by field.
    ['unknown values', '#mistake=drop_table&token=banana', DEFAULT_X402_HASH_STATE],
    ['another playground’s hash', '#provider=clerk&mode=mint', DEFAULT_X402_HASH_STATE],
    ['no leading #', 'mistake=expired', { mistake: 'expired', token: 'playground' }],
  ])('behavior: %s', (_name, hash, expected) => {
    expect(parseX402HashState(hash)).toEqual(expected);
  });
});

describe('serializeX402HashState', () => {
  test('default: an untouched playground writes no hash', () => {
    expect(serializeX402HashState(DEFAULT_X402_HASH_STATE)).toBe('');
  });

  test('behavior: round-trips', () => {
    const state = { mistake: 'insert_fails', token: 'usdg' } as const;
    expect(serializeX402HashState(state)).toBe('#mistake=insert_fails&token=usdg');
    expect(parseX402HashState(serializeX402HashState(state))).toEqual(state);
  });
});
