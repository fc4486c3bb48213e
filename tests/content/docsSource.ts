import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Where the pages live; English at the root, Chinese under `zh-cn/`. */
export const DOCS_DIR = join(import.meta.dirname, '../../content/docs');
export const ZH_DIR = join(DOCS_DIR, 'zh-cn');

export interface CodeBlock {
  readonly lang: string;
  readonly meta: string;
  readonly code: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
}

export interface Heading {
  readonly depth: number;
  readonly text: string;
}

/** A source line outside code blocks, as written (Markdown and MDX syntax included). */
export interface ProseLine {
  /** 1-based line in the file. */
  readonly line: number;
  readonly source: string;
}

/** Page files of one locale, relative to its root (`overview.mdx`, `auth/clerk.mdx`). */
export function pageFiles(root: string, skip?: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (path !== skip) walk(path);
      } else if (/\.mdx?$/.test(entry.name)) files.push(relative(root, path));
    }
  };
  walk(root);
  return files.sort();
}

const FENCE = /^(\s*)(`{3,}|~{3,})(\S*)\s*(.*)$/;

/** Splits an MDX source into prose lines and fenced code blocks, in page order. */
export function parseMdx(source: string): { headings: Heading[]; codeBlocks: CodeBlock[]; prose: ProseLine[] } {
  const lines = source.replace(/^---\n[\s\S]*?\n---\n/, (fm) => '\n'.repeat(fm.split('\n').length - 1)).split('\n');
  const headings: Heading[] = [];
  const codeBlocks: CodeBlock[] = [];
  const prose: ProseLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const fence = FENCE.exec(line);
    if (fence) {
      const [, indent = '', marker = '', lang = '', meta = ''] = fence;
      const body: string[] = [];
      const start = i;
      for (i++; i < lines.length; i++) {
        const closing = lines[i] ?? '';
        if (closing.trim().startsWith(marker) && closing.trim().replace(/[`~]/g, '') === '') break;
        body.push(closing.startsWith(indent) ? closing.slice(indent.length) : closing);
      }
      codeBlocks.push({ lang, meta: meta.trim(), code: body.join('\n'), line: start + 1 });
      continue;
    }
    if (line.trim()) prose.push({ line: i + 1, source: line });
    const heading = /^(#{1,6})\s+(.+?)\s*#*$/.exec(line);
    if (heading) headings.push({ depth: heading[1]?.length ?? 0, text: heading[2] ?? '' });
  }
  return { headings, codeBlocks, prose };
}

/** Reads one page of one locale. */
export function readPage(root: string, file: string) {
  return parseMdx(readFileSync(join(root, file), 'utf8'));
}
