import { describe, expect, test } from 'vitest';
import en from '../i18n/en.json' with { type: 'json' };
import zh from '../i18n/zh-CN.json' with { type: 'json' };
import { INPUT_LIMIT_ERROR_CODES, InputLimitError } from './inputLimitErrors.ts';
import { assertShallowEnough, assertShortEnough, INPUT_LIMITS } from './inputLimits.ts';

function thrown(step: () => void): unknown {
  try {
    step();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('assertShortEnough', () => {
  test('default: a value at the limit passes', () => {
    expect(() => assertShortEnough('a'.repeat(INPUT_LIMITS.maxLength))).not.toThrow();
  });

  test('error: one character more is input_too_large, with where it happened', () => {
    const error = thrown(() => assertShortEnough('a'.repeat(INPUT_LIMITS.maxLength + 1), { header: 'X-PAYMENT' }));
    expect(error).toBeInstanceOf(InputLimitError);
    expect(error).toMatchObject({
      code: 'input_too_large',
      details: { header: 'X-PAYMENT', length: INPUT_LIMITS.maxLength + 1, limit: INPUT_LIMITS.maxLength },
    });
  });
});

describe('assertShallowEnough', () => {
  const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

  test('default: JSON at the depth limit passes', () => {
    expect(() => assertShallowEnough(nested(INPUT_LIMITS.maxDepth))).not.toThrow();
  });

  test('error: one level deeper is json_too_deep, with where it happened', () => {
    const error = thrown(() => assertShallowEnough(nested(INPUT_LIMITS.maxDepth + 1), { segment: 'payload' }));
    expect(error).toBeInstanceOf(InputLimitError);
    expect(error).toMatchObject({
      code: 'json_too_deep',
      details: { segment: 'payload', limit: INPUT_LIMITS.maxDepth },
    });
  });

  test('behavior: the limits are generous for real tokens and headers', () => {
    // A real x402 challenge nests five levels deep; a JWT payload two or three.
    expect(INPUT_LIMITS.maxDepth).toBeGreaterThanOrEqual(16);
    expect(INPUT_LIMITS.maxLength).toBeGreaterThanOrEqual(16 * 1024);
  });
});

describe.each([
  ['en', en],
  ['zh-CN', zh],
])('%s dictionary', (_, dictionary: Record<string, string>) => {
  test.each(INPUT_LIMIT_ERROR_CODES)('default: explains %s to the reader', (code) => {
    expect(dictionary[`errors.${code}`]).toContain('{limit}');
  });
});
