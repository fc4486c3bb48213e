import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { OKX_ERRORS } from '../../../server/createOkxRoutes.ts';
import en from '../../i18n/en.json';
import zh from '../../i18n/zh-CN.json';
import { errorMessageKey, reasonMessageKey, X402_ERROR_CODES, X402_MESSAGE_KEYS } from './x402MessageKeys.ts';
import { VERIFY_REASONS } from './x402Reasons.ts';

const ROOT = join(import.meta.dirname, '../../..');
const DICTIONARIES = { en, 'zh-CN': zh } as Record<string, Record<string, string>>;

/**
 * The `error` codes the local server and the demo merchant answer with, read from their source: they
 * are JSON literals (`{ error: 'not_found' }`, `problem: 'invalid_json'`), not a typed list.
 */
function answeredErrorCodes(): string[] {
  const files = [
    ...readdirSync(join(ROOT, 'server'))
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
      .map((name) => join(ROOT, 'server', name)),
    join(ROOT, 'playground/x402/server/createDemoMerchant.ts'),
  ];
  const codes = files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/\b(?:error|problem): '([a-z0-9_]+)'/g)].map((match) => match[1] ?? ''),
  );
  return [...new Set(codes)].sort();
}

describe.each(Object.entries(DICTIONARIES))('dictionary %s', (_, dictionary) => {
  test.each(X402_MESSAGE_KEYS)('behavior: has %s', (key) => {
    expect(dictionary[key]).toBeTypeOf('string');
  });

  test.each(answeredErrorCodes())('behavior: has a message for the server answer %s', (code) => {
    expect(dictionary[errorMessageKey(code)]).toBeTypeOf('string');
  });

  test.each(Object.values(OKX_ERRORS).map((error) => error.code))('behavior: has a message for OKX code %s', (code) => {
    expect(dictionary[`x402.okx.${code}`]).toBeTypeOf('string');
  });
});

describe('message keys', () => {
  test('default: the source scan finds the server answers', () => {
    // Guards the regex above: if it stopped matching, the per-code tests would pass vacuously.
    expect(answeredErrorCodes()).toEqual(expect.arrayContaining(['not_found', 'invalid_json', 'payment_invalid']));
  });

  test('default: error codes of every x402 error class are listed', () => {
    expect(X402_ERROR_CODES).toEqual(
      expect.arrayContaining(['invalid_base64', 'invalid_timeout', 'no_payable_requirement', 'unknown_asset']),
    );
  });

  test.each(Object.values(VERIFY_REASONS))('behavior: %s has its own key', (reason) => {
    expect(reasonMessageKey(reason)).toBe(`x402.reason.${reason}`);
  });

  test('behavior: a reason no mock produces falls back to the generic key', () => {
    expect(reasonMessageKey('insufficient_funds')).toBe('x402.reason.unknown');
  });
});
