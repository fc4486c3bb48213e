import { expect, test } from 'vitest';
import { parseMdx } from './docsSource.ts';

test('parseMdx: headings outside code, code blocks with language and meta', () => {
  const source = [
    '---',
    'title: T',
    '---',
    '## One',
    '```ts title="a.ts"',
    '# not a heading',
    '```',
    '### Two',
    '````md',
    '```sql',
    'select 1;',
    '```',
    '````',
  ].join('\n');
  const { headings, codeBlocks, prose } = parseMdx(source);
  expect(headings).toEqual([
    { depth: 2, text: 'One' },
    { depth: 3, text: 'Two' },
  ]);
  expect(codeBlocks.map((b) => [b.lang, b.meta, b.line])).toEqual([
    ['ts', 'title="a.ts"', 5],
    ['md', '', 9],
  ]);
  expect(codeBlocks[1]?.code).toBe('```sql\nselect 1;\n```');
  // Prose is every non-empty line outside the frontmatter and the code blocks.
  expect(prose).toEqual([
    { line: 4, source: '## One' },
    { line: 8, source: '### Two' },
  ]);
});
