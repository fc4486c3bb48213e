import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import en from '../i18n/en.json';
import zh from '../i18n/zh-CN.json';
import { WALLET_ERROR_CODES } from './client/walletErrors.ts';
import { FLOW_STEPS, PAYMENT_MISTAKES } from './paymentMistakes.ts';
import { FINDING_CODES } from './wire/classifyPaymentMessage.ts';

/** Every source file of the island: its entry, panels and hooks. */
const ISLAND_DIR = join(import.meta.dirname, '../islands/x402');
const ISLAND = readdirSync(ISLAND_DIR)
  .filter((file) => /\.tsx?$/.test(file))
  .map((file) => readFileSync(join(ISLAND_DIR, file), 'utf8'))
  .join('\n');
const DICTIONARIES = { en, 'zh-CN': zh } as Record<string, Record<string, string>>;

/** The keys the x402 island asks for: its literal keys, and every member of the families it builds keys from. */
const islandKeys = [
  ...new Set([...ISLAND.matchAll(/'(x402\.pg\.[\w.-]+)'/g)].map((match) => match[1] ?? '')),
  ...PAYMENT_MISTAKES.map((mistake) => `x402.pg.mistake.${mistake}`),
  ...FLOW_STEPS.flatMap((step) => [`x402.pg.step.${step}`, `x402.pg.stepText.${step}`]),
  ...['ok', 'warning', 'failed', 'skipped'].map((status) => `x402.pg.status.${status}`),
  ...['downloading', 'starting', 'ready'].map((stage) => `x402.pg.stage.${stage}`),
  ...['payment-required', 'payment-payload', 'settle-response', 'unknown'].map((kind) => `x402.pg.kind.${kind}`),
  ...['v2', 'v1', 'okx-guide', 'mixed', 'unknown'].map((dialect) => `x402.pg.dialect.${dialect}`),
  ...['error', 'warning', 'info'].map((severity) => `x402.pg.severity.${severity}`),
  ...['test-key', 'wallet'].map((option) => `x402.pg.payer.${option}`),
  ...FINDING_CODES.map((code) => `x402.finding.${code}`),
  ...[...WALLET_ERROR_CODES, 'insert_not_confirmed', 'sql_error', 'boot_failed'].map((code) => `errors.${code}`),
  'x402.okx.wrongDomain',
  'x402.reason.unknown',
];

describe.each(Object.entries(DICTIONARIES))('dictionary %s', (_, dictionary) => {
  test.each(islandKeys)('behavior: has %s', (key) => {
    expect(dictionary[key]).toBeTypeOf('string');
  });
});

test('default: the island’s literal keys are found', () => {
  // Guards the scan: if it matched nothing, the tests above would check only the families.
  expect(islandKeys).toEqual(expect.arrayContaining(['x402.pg.pay.button', 'x402.pg.inspector.title']));
});
