import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { INSFORGE_RULES } from './checkInsforgeToken.ts';
import { CLAIM_DESCRIPTION_KEYS } from './explainClaims.ts';
import { JWT_ERROR_CODES } from './jwtErrors.ts';
import { JWT_MODES } from './jwtHashState.ts';
import { MINT_WARNINGS } from './mintToken.ts';
import { PROVIDER_PRESETS } from './providerPresets.ts';
import { VERIFY_FAILURE_REASONS, VERIFY_WARNINGS } from './verifyToken.ts';

const PLAYGROUND = join(import.meta.dirname, '..');
const dictionary = (locale: string): Record<string, string> =>
  JSON.parse(readFileSync(join(PLAYGROUND, 'i18n', `${locale}.json`), 'utf8'));

/** Keys built from the logic's exported constants: a new code, rule or warning needs its string. */
const generatedKeys = [
  ...JWT_ERROR_CODES.map((code) => `errors.${code}`),
  ...JWT_MODES.map((mode) => `jwt.modes.${mode}`),
  ...INSFORGE_RULES.map((rule) => `jwt.insforge.rule.${rule}`),
  ...VERIFY_FAILURE_REASONS.map((reason) => `jwt.verify.reason.${reason}`),
  ...VERIFY_WARNINGS.map((warning) => `jwt.verify.warning.${warning}`),
  ...MINT_WARNINGS.map((warning) => `jwt.mint.warning.${warning}`),
  ...CLAIM_DESCRIPTION_KEYS,
  ...Object.values(PROVIDER_PRESETS).flatMap((preset) => [
    preset.raw.labelKey,
    ...preset.problems.flatMap((problem) => [problem.problemKey, problem.fixKey]),
  ]),
];

/** The source files of one folder of the playground, its tests aside. */
const sourcesIn = (folder: string) =>
  readdirSync(join(PLAYGROUND, folder))
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => join(PLAYGROUND, folder, file));

/** Keys written out literally in the JWT logic, the island and the shared UI parts (doc-comment examples aside). */
const SOURCES = [...sourcesIn('jwt'), ...sourcesIn('ui'), ...sourcesIn('islands/jwt')];
const literalKeys = SOURCES.flatMap((file) => {
  const code = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => !/^\s*(\/\*\*|\*|\/\/)/.test(line))
    .join('\n');
  return [...code.matchAll(/['"`]((?:jwt|errors|ui)\.[\w.]+)['"`]/g)].map((match) => match[1] ?? '');
});

describe.each(['en', 'zh-CN'])('%s dictionary', (locale) => {
  const strings = dictionary(locale);

  test('has every key generated from the JWT logic', () => {
    expect(generatedKeys.filter((key) => !(key in strings))).toEqual([]);
  });

  test('has every key written in the JWT code', () => {
    expect(literalKeys.length).toBeGreaterThan(100);
    expect(literalKeys.filter((key) => !(key in strings))).toEqual([]);
  });
});
