/** A row of a compare-view section: the two languages side by side, or one code block for both. */
export type CompareRow = { kind: 'prose'; en: string; zh: string } | { kind: 'code'; html: string };

const CODE_BLOCK_START = '<div class="expressive-code">';
/**
 * Every start or end tag (quoted attribute values may hold `>`, as a copy button's code does); void elements
 * and `/>` open nothing. Code text is escaped, so a `<` in it is not a tag.
 */
const TAG = /<(\/?)([a-zA-Z][\w-]*)(?:\s(?:[^>"'/]|\/(?!>)|"[^"]*"|'[^']*')*)?(\/?)>/g;
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
/**
 * What makes two rendered blocks the same code: its language, its title and the text the copy button
 * copies. Not the rest of the markup: labels are in the page's language, and the highlighter may colour
 * a token differently from one render to the next when it is slowed down.
 */
const CODE_IDENTITY = /data-language="[^"]*"|<span class="title">[^<]*<\/span>|data-code="[^"]*"/g;

/**
 * Cuts a section's HTML at its top-level code blocks: `prose` has one more entry than `code`, and
 * prose `i` comes before code block `i`. Blocks nested in other markup (a list, tabs) stay in the prose.
 *
 * @example
 * splitAtCodeBlocks('<p>a</p><div class="expressive-code">…</div><p>b</p>');
 * // { prose: ['<p>a</p>', '<p>b</p>'], code: ['<div class="expressive-code">…</div>'] }
 */
export function splitAtCodeBlocks(html: string): { prose: string[]; code: string[] } {
  const prose: string[] = [];
  const code: string[] = [];
  let depth = 0;
  let proseStart = 0;
  let blockStart = -1;
  for (const match of html.matchAll(TAG)) {
    const [tag, closing, name = '', selfClosing] = match;
    if (closing) {
      depth--;
      if (depth === 0 && blockStart !== -1) {
        const end = match.index + tag.length;
        code.push(html.slice(blockStart, end));
        proseStart = end;
        blockStart = -1;
      }
      continue;
    }
    if (selfClosing || VOID.has(name.toLowerCase())) continue;
    if (depth === 0 && html.startsWith(CODE_BLOCK_START, match.index)) {
      prose.push(html.slice(proseStart, match.index));
      blockStart = match.index;
    }
    depth++;
  }
  prose.push(html.slice(proseStart));
  return { prose, code };
}

/**
 * One section of the compare view as rows. Where both languages carry the same code blocks (the
 * content tests keep them identical), each block is one row for both, in the reader's language's
 * rendering (its copy-button labels); otherwise the section stays two columns from top to bottom.
 */
export function shareCodeBlocks(en: string, zh: string, reader: 'en' | 'zh'): CompareRow[] {
  const english = splitAtCodeBlocks(en);
  const chinese = splitAtCodeBlocks(zh);
  const sameCode =
    english.code.length === chinese.code.length &&
    english.code.every((block, i) => sameCodeBlock(block, chinese.code[i] ?? ''));
  if (!sameCode) return [{ kind: 'prose', en, zh }];

  const rows: CompareRow[] = [];
  english.prose.forEach((prose, i) => {
    const other = chinese.prose[i] ?? '';
    if (prose.trim() !== '' || other.trim() !== '') rows.push({ kind: 'prose', en: prose, zh: other });
    const block = (reader === 'en' ? english : chinese).code[i];
    if (block !== undefined) rows.push({ kind: 'code', html: block });
  });
  return rows;
}

function sameCodeBlock(a: string, b: string): boolean {
  const identity = (block: string) => block.match(CODE_IDENTITY)?.join('\n') ?? block;
  return identity(a) === identity(b);
}
