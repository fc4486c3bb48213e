import { describe, expect, test } from 'vitest';
import {
  type ChineseText,
  chineseCatalogTexts,
  chineseDictionaryTexts,
  chinesePages,
  chinesePageTexts,
  chineseSourceLiterals,
} from './chineseText.ts';
import { GLOSSARY, outsideCode, rejectedVariants } from './zhGlossary.ts';

const SOURCES: [string, readonly ChineseText[]][] = [
  ['Chinese pages', chinesePageTexts()],
  ['Chinese island and site strings', chineseDictionaryTexts()],
  ['Chinese catalog strings', await chineseCatalogTexts()],
  ['Chinese in the site’s components and code', chineseSourceLiterals()],
];

describe.each(SOURCES)('%s', (_, texts) => {
  test.each(GLOSSARY.filter((entry) => entry.rejected.length > 0).map((entry) => [entry.term, entry] as const))(
    'say “%s” one way: no rejected variant',
    (_, row) => {
      const found = texts.flatMap(({ where, text }) =>
        rejectedVariants(text)
          .filter(({ entry }) => entry === row)
          .map(({ variant }) => `${where}: “${variant}” (use ${row.use})`),
      );
      expect(found).toEqual([]);
    },
  );
});

describe('Chinese pages', () => {
  // The body, not the frontmatter summary: the page's own text is where a reader first meets a term.
  const bodies = chinesePages().map((page) => [page.file, outsideCode(page.body.map((l) => l.text).join('\n'))]);

  test.each(GLOSSARY.flatMap((entry) => (entry.firstUse ? [[entry.term, entry.firstUse] as const] : [])))(
    'mention “%s” first in its glossed form',
    (_, { mention, form }) => {
      const wrong = bodies.flatMap(([file, prose = '']) => {
        const first = mention.exec(prose);
        return first && !prose.startsWith(form, first.index)
          ? [`${file}: “${prose.slice(first.index, first.index + 20)}…”`]
          : [];
      });
      expect(wrong).toEqual([]);
    },
  );
});

test('the glossary never rejects its own forms', () => {
  const contradictions = GLOSSARY.filter(({ use, firstUse, rejected }) =>
    rejected.some((pattern) => pattern.test(use) || (firstUse !== undefined && pattern.test(firstUse.form))),
  );
  expect(contradictions.map((entry) => entry.term)).toEqual([]);
});
