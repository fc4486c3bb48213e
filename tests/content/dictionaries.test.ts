import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const read = (path: string): Record<string, unknown> => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

/** Flattens nested objects into dotted keys, so nesting and flat keys compare alike. */
function flatten(value: Record<string, unknown>, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, v] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (v && typeof v === 'object') for (const [k, s] of flatten(v as Record<string, unknown>, path)) out.set(k, s);
    else out.set(path, String(v));
  }
  return out;
}

// A Chinese value may equal the English one only when it has nothing to translate: identifiers,
// numbers, brand names and symbols.
const NOTHING_TO_TRANSLATE =
  /^[\s\d\p{P}\p{S}]*$|^(OKX x402|InsForge|HS256|JWT|JWKS|PEM|JWK|USDG|X Layer|sub|aud|exp|iat|nbf|iss|jti|role|email|RLS|SQL|EIP-712|EIP-3009|anon key)$/u;

describe.each([
  ['island strings', 'playground/i18n/en.json', 'playground/i18n/zh-CN.json'],
  ['site strings', 'content/i18n/en.json', 'content/i18n/zh-CN.json'],
])('%s', (_, enPath, zhPath) => {
  const en = flatten(read(enPath));
  const zh = flatten(read(zhPath));

  test('both languages have the same keys', () => {
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
  });

  test('no Chinese value is the untranslated English', () => {
    const untranslated = [...en].filter(([key, value]) => zh.get(key) === value && !NOTHING_TO_TRANSLATE.test(value));
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });

  test('placeholders match between languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const mismatched = [...en].filter(([key, value]) => {
      const other = zh.get(key);
      return other !== undefined && placeholders(other).join() !== placeholders(value).join();
    });
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });
});
