import { readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { OgCardText } from '../../src/og/ogCard.ts';
import { pageCard } from '../../src/og/pageCard.ts';
import { DOCS_DIR, pageFiles } from './docsSource.ts';

/** A top-level frontmatter field (`title: …`), unquoted. */
function field(frontmatter: string, name: string): string | undefined {
  const value = new RegExp(`^${name}:[ \\t]*(.*)$`, 'm').exec(frontmatter)?.[1]?.trim();
  return value?.replace(/^(['"])(.*)\1$/, '$2');
}

/**
 * The Open Graph card of every page in `content/docs/`, both languages, read straight from the page
 * sources — for tests that must see every title and description without running Astro.
 */
export function docsPageCards(host = 'integrations.insforge.dev'): OgCardText[] {
  return pageFiles(DOCS_DIR).map((file) => {
    const source = readFileSync(join(DOCS_DIR, file), 'utf8');
    const frontmatter = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
    // The collection's ids: `auth/clerk`, `index` for the English landing page, `zh-cn` for the Chinese one.
    const id = file
      .replace(/\.mdx?$/, '')
      .split(sep)
      .join('/')
      .replace(/^zh-cn\/index$/, 'zh-cn');
    const title = field(frontmatter, 'title');
    if (!title) throw new Error(`content/docs/${file} has no title`);
    return pageCard({ id, data: { title, description: field(frontmatter, 'description') } }, host);
  });
}
