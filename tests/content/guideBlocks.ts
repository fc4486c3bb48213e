import { dirname, join } from 'node:path';
import { APPS_DIR, type AppSource } from './compileGuideApps.ts';
import { type CodeBlock, DOCS_DIR, pageFiles, readPage, ZH_DIR } from './docsSource.ts';

/** Languages whose blocks are program code: each becomes a file of its page's app, or is marked outside it. */
export const SCRIPT_LANGS = new Set(['ts', 'tsx', 'js', 'jsx', 'mjs', 'typescript', 'javascript']);

/** A code block of a page, with what the app layout needs to know about it. */
export interface PageBlock extends CodeBlock {
  /** The page, relative to its locale's root (`auth/clerk.mdx`). */
  readonly page: string;
  /** The fence's `title="…"`: the file the reader creates, when it looks like a path. */
  readonly title: string | undefined;
  /** The fence's `outsideApp="…"`: why this block is not a file of the page's app. */
  readonly outsideApp: string | undefined;
  /** Where the block sits in a `<Tabs>` group, if it does: alternatives of one another. */
  readonly tab: { readonly group: number; readonly index: number; readonly label: string } | undefined;
}

/** One way of assembling a page's app: every block outside tabs, plus one alternative of each tab group. */
export interface GuideApp {
  readonly page: string;
  /** The tab labels this assembly picked (`jose`), empty for a page without tabs. */
  readonly variant: readonly string[];
  /** The app's files by their path in the app, each from one block. */
  readonly files: ReadonlyMap<string, PageBlock>;
}

/** `title="app/page.tsx"` is a file; `title="Claims"` or `title="Action: Generate InsForge Token"` is not. */
const FILE_PATH = /^[\w@.[\]()\-/]+\.[a-z]+$/;

/** `key="value"` pairs of a fence's meta string. */
export function fenceMeta(meta: string): Map<string, string> {
  return new Map([...meta.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, key = '', value = '']) => [key, value]));
}

/** The page's code blocks in order, each with its title, its outside-the-app reason and its tab. */
export function readPageBlocks(page: string, root = DOCS_DIR): PageBlock[] {
  const { codeBlocks, prose } = readPage(root, page);
  const tabs = tabMarkers(prose);
  return codeBlocks.map((block) => {
    const meta = fenceMeta(block.meta);
    const marker = tabs.findLast((t) => t.line < block.line);
    return {
      ...block,
      page,
      title: meta.get('title'),
      outsideApp: meta.get('outsideApp'),
      tab: marker?.kind === 'item' ? { group: marker.group, index: marker.index, label: marker.label } : undefined,
    };
  });
}

type TabMarker =
  | { line: number; kind: 'item'; group: number; index: number; label: string }
  | { line: number; kind: 'end' };

/** Where each `<TabItem>` opens and each `<Tabs>` group closes, so a block knows which tab holds it. */
function tabMarkers(prose: readonly { line: number; source: string }[]): TabMarker[] {
  const markers: TabMarker[] = [];
  let group = -1;
  let index = -1;
  for (const { line, source } of prose) {
    if (/^\s*<Tabs[\s>]/.test(source)) {
      group++;
      index = -1;
    }
    const item = /^\s*<TabItem\s[^>]*label="([^"]+)"/.exec(source);
    if (item) markers.push({ line, kind: 'item', group, index: ++index, label: item[1] ?? '' });
    if (/^\s*<\/(Tabs|TabItem)>/.test(source)) markers.push({ line, kind: 'end' });
  }
  return markers;
}

/** Is this block a file of its page's app? Marked blocks and untitled commands are not. */
export function isAppFile(block: PageBlock): boolean {
  return block.outsideApp === undefined && block.title !== undefined && FILE_PATH.test(block.title);
}

/**
 * The apps a page's blocks make: one per alternative of its tab groups, the n-th assembly taking the
 * n-th tab of every group, so each alternative is compiled once, against the same other files.
 * Throws when two blocks of one assembly claim the same file: the reader could not follow both.
 */
export function assembleApps(blocks: readonly PageBlock[]): GuideApp[] {
  const files = blocks.filter(isAppFile);
  const page = blocks[0]?.page ?? '';
  const tabsPerGroup = new Map<number, number>();
  for (const { tab } of files)
    if (tab) tabsPerGroup.set(tab.group, Math.max(tabsPerGroup.get(tab.group) ?? 0, tab.index + 1));
  const assemblies = Math.max(1, ...tabsPerGroup.values());
  return Array.from({ length: assemblies }, (_, n) => {
    // A group with fewer tabs than the largest repeats its last one.
    const picked = files.filter((b) => !b.tab || b.tab.index === Math.min(n, (tabsPerGroup.get(b.tab.group) ?? 1) - 1));
    const app = new Map<string, PageBlock>();
    for (const block of picked) {
      const path = block.title ?? '';
      const earlier = app.get(path);
      if (earlier) {
        throw new Error(`${page}: the blocks at lines ${earlier.line} and ${block.line} are both ${path}`);
      }
      app.set(path, block);
    }
    const variant = [...new Set(picked.flatMap((b) => (b.tab ? [b.tab.label] : [])))];
    return { page, variant, files: app };
  });
}

/** English pages with program code; the Chinese twins carry the same blocks (pagePairs.test.ts). */
export function pagesWithCode(): string[] {
  return pageFiles(DOCS_DIR, ZH_DIR).filter((page) => readPageBlocks(page).some((b) => SCRIPT_LANGS.has(b.lang)));
}

/** A block as a file the compiler sees. */
export interface LaidOutBlock {
  readonly block: PageBlock;
  readonly source: AppSource;
  /** The tab labels of the assembly it was compiled in. */
  readonly variant: readonly string[];
  /** A script marked outside the app, compiled on its own with `STANDALONE_OPTIONS`. */
  readonly standalone: boolean;
}

/**
 * A standalone script runs where its host supplies the entry point's arguments (Auth0's editor passes an
 * Action its `event` and `api`), and no npm package types them; everything the script calls is still checked.
 */
export const STANDALONE_OPTIONS = { noImplicitAny: false };

/** Files the compiler checks; an app's other files (`.env.local`, `.sql`) are laid out for the reader only. */
export const COMPILED = /\.(tsx?|m?js|cjs)$/;

/**
 * A page's blocks as the compiler sees them: each assembly of its app in a folder of its own, and each
 * script marked outside the app as a standalone CommonJS file (an Auth0 Action is one), so it still
 * parses and its library calls still typecheck.
 */
export function layOutPage(blocks: readonly PageBlock[]): LaidOutBlock[] {
  const page = blocks[0]?.page ?? '';
  const base = join(APPS_DIR, page.replace(/\.mdx?$/, ''));
  const appFiles = assembleApps(blocks).flatMap(({ files, variant }, n) => {
    const appRoot = join(base, `app-${n}`);
    return [...files]
      .filter(([path]) => COMPILED.test(path))
      .map(([path, block]) => ({
        block,
        variant,
        standalone: false,
        source: { path: join(appRoot, path), code: block.code, appRoot },
      }));
  });
  const standalone = blocks
    .filter((b) => b.outsideApp !== undefined && SCRIPT_LANGS.has(b.lang))
    .map((block) => {
      const extension = block.lang.startsWith('t') ? 'ts' : 'cjs';
      const path = join(base, 'outside', `line-${block.line}.${extension}`);
      return { block, variant: [], standalone: true, source: { path, code: block.code, appRoot: dirname(path) } };
    });
  return [...appFiles, ...standalone];
}

/** The variables a file reads: `process.env.NAME`, or through a helper given the name (`requireEnv('NAME')`). */
export function envReads(code: string): string[] {
  const reads = code.matchAll(/process\.env\.([A-Z][A-Z0-9_]*)|[Ee]nv\(\s*'([A-Z][A-Z0-9_]*)'\s*\)/g);
  return [...new Set([...reads].map(([, direct, named]) => direct ?? named ?? ''))];
}

/** The variables an env file sets (`NAME=value` lines). */
export function envDefines(code: string): string[] {
  return [...code.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map(([, name = '']) => name);
}

/** The modules a block imports or requires, by specifier (`next/link`, `@/lib/auth`). */
export function importsOf(code: string): string[] {
  const specifiers = code.matchAll(/(?:from|import|require\(|import\()\s*'([^']+)'/g);
  return [...new Set([...specifiers].map(([, specifier = '']) => specifier))];
}
