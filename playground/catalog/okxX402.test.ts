import { describe, expect, test } from 'vitest';
import { PAYMENT_HEADERS } from '../x402/wire/paymentHeaders.ts';
import { X_LAYER } from './chains.ts';
import type { Localized } from './locale.ts';
import { OKX_X402 } from './okxX402.ts';
import { MISTAKES } from './practices.ts';

/** Every localized sentence of the guide's facts, with where it sits. */
const sentences: [string, Localized][] = [
  ...OKX_X402.flow.map((step, i): [string, Localized] => [`flow[${i}]`, step.text]),
  ...OKX_X402.envVars.map((v): [string, Localized] => [v.name, v.source]),
  ...OKX_X402.mistakes.flatMap((m): [string, Localized][] => [
    [`${m.id}.mistake`, m.mistake],
    [`${m.id}.fix`, m.fix],
  ]),
  ...OKX_X402.versions.flatMap((row, i) =>
    (['aspect', 'v1', 'v2', 'okx'] as const).map((column): [string, Localized] => [
      `versions[${i}].${column}`,
      row[column],
    ]),
  ),
];

/** Text with nothing to translate: only code spans, punctuation and dashes. */
const codeOnly = (text: string) =>
  text.replace(/`[^`]*`/g, '').trim() === '' || /^[\p{P}\s]*$/u.test(text) || !/\s/.test(text);

describe.each(sentences)('%s', (_, text) => {
  test('default: has text in both languages', () => {
    expect(text.en.trim()).not.toBe('');
    expect(text['zh-CN'].trim()).not.toBe('');
  });

  test('behavior: the Chinese is a translation unless the text is only code', () => {
    if (!codeOnly(text.en)) expect(text['zh-CN']).not.toBe(text.en);
  });

  test('behavior: both languages carry the same code spans', () => {
    // Word order differs between the languages, so the spans are compared as a sorted list.
    const spans = (s: string) => [...s.matchAll(/`([^`]*)`/g)].map((m) => m[1]).sort();
    expect(spans(text['zh-CN'])).toEqual(spans(text.en));
  });
});

describe('environment variables', () => {
  test('default: every name appears once', () => {
    const names = OKX_X402.envVars.map((v) => v.name);
    expect(new Set(names).size).toBe(names.length);
  });

  test.each(OKX_X402.envVars)('behavior: $name is public exactly when NEXT_PUBLIC_ says so', (v) => {
    expect(v.exposure === 'public').toBe(v.name.startsWith('NEXT_PUBLIC_'));
  });
});

describe('mistakes', () => {
  test('default: ids are unique, also against the general x402 mistakes', () => {
    const ids = [...MISTAKES, ...OKX_X402.mistakes].map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('version table', () => {
  const row = (aspect: string) => OKX_X402.versions.find((r) => r.aspect.en === aspect);

  test.each([
    ['Payment header', PAYMENT_HEADERS.xPayment, PAYMENT_HEADERS.signature, PAYMENT_HEADERS.signature],
    ['Receipt header', PAYMENT_HEADERS.xPaymentResponse, PAYMENT_HEADERS.response, PAYMENT_HEADERS.response],
  ])('behavior: %s names the headers the codecs use', (aspect, v1, v2, okx) => {
    expect([row(aspect)?.v1.en, row(aspect)?.v2.en, row(aspect)?.okx.en]).toEqual([
      `\`${v1}\``,
      `\`${v2}\``,
      `\`${okx}\``,
    ]);
  });

  test('behavior: the network row names X Layer’s CAIP-2 id', () => {
    expect(row('Network id')?.okx.en).toContain(X_LAYER.network);
  });
});
