import { describe, expect, test } from 'vitest';
import {
  type ChineseText,
  chineseCatalogTexts,
  chineseDictionaryTexts,
  chinesePageTexts,
  chineseSourceLiterals,
  filledDictionaryTexts,
} from './chineseText.ts';
import { typographyProblems } from './chineseTypography.ts';

/** Each problem as one readable line: where, which rule, and the text around it. */
function problems(texts: readonly ChineseText[]): string[] {
  return texts.flatMap(({ where, text }) =>
    typographyProblems(text).map((p) => `${where}: ${p.rule} at “${p.excerpt}”`),
  );
}

describe.each([
  ['Chinese pages', chinesePageTexts()],
  ['Chinese island and site strings, as written', chineseDictionaryTexts()],
  ['Chinese island and site strings, each placeholder filled', filledDictionaryTexts()],
  ['Chinese catalog strings', await chineseCatalogTexts()],
  ['Chinese in the site’s components and code', chineseSourceLiterals()],
])('%s', (_, texts) => {
  test('there is text to check', () => {
    expect(texts.length).toBeGreaterThan(0);
  });

  test('follow the typography rules', () => {
    expect(problems(texts)).toEqual([]);
  });
});
