import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type Dictionary, translate } from '../../playground/ui/translate.ts';
import { pageFiles, parseMdx, ZH_DIR } from './docsSource.ts';

/** A piece of Chinese text the reader gets, and where it comes from (`auth/clerk.mdx:15`, a dictionary key). */
export interface ChineseText {
  readonly where: string;
  readonly text: string;
}

const ROOT = join(import.meta.dirname, '../..');

/** Attributes whose values a reader sees (an aside's title, a section heading, a region's name). */
const VISIBLE_ATTRIBUTES = /\b(?:title|heading|label|aria-label)="([^"]*)"/g;
/** Frontmatter fields that are prose: the title, the summary, the landing page's tagline and buttons. */
const FRONTMATTER_PROSE = /^\s*(?:-\s+)?(?:title|description|tagline|text):\s*(.+)$/;

/**
 * One line of an MDX page (or of the Markdown the build writes for agents) as the reader sees its
 * text: Markdown and MDX syntax gone, link text kept and its URL dropped, an autolink kept as its
 * URL, `inline code` kept in backticks (the typography checker sets code and URLs aside itself).
 * Import lines and JSX tags leave nothing; their visible attributes are read separately.
 *
 * @example
 * readerText('1. **选择付款方。** 见[指南](/zh-cn/payments/okx-x402/)'); // '选择付款方。 见指南'
 */
export function readerText(line: string): string {
  if (/^\s*(?:import|export)\s/.test(line)) return '';
  return line
    .replace(/^\s*(?:#{1,6}\s+|[-*]\s+|\d+\.\s+|>\s*)/, '')
    .replace(/\[([^\]]*)\]\([^)\s]*\)/g, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .split(/(`[^`]*`)/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/\{\/\*.*?\*\/\}/g, '')
            .replace(/<\/?[A-Za-z][^>]*>/g, '')
            .replace(/\*+/g, ''),
    )
    .join('')
    .trim();
}

/** A Chinese page's visible text, line by line: its frontmatter prose, then its body with visible attributes. */
export interface ChinesePage {
  readonly file: string;
  readonly frontmatter: readonly ChineseText[];
  readonly body: readonly ChineseText[];
}

/** Every Chinese page, read as the reader sees it. */
export function chinesePages(): ChinesePage[] {
  return pageFiles(ZH_DIR).map((file) => {
    const source = readFileSync(join(ZH_DIR, file), 'utf8');
    const frontmatter = (/^---\n([\s\S]*?)\n---\n/.exec(source)?.[1] ?? '').split('\n').flatMap((line, i) => {
      const value = FRONTMATTER_PROSE.exec(line)?.[1];
      return value ? [{ where: `${file}:${i + 2}`, text: value.replace(/^(['"])(.*)\1$/, '$2') }] : [];
    });
    const body = parseMdx(source).prose.flatMap(({ line, source: text }) => [
      { where: `${file}:${line}`, text: readerText(text) },
      ...[...text.matchAll(VISIBLE_ATTRIBUTES)].map((m) => ({ where: `${file}:${line}`, text: m[1] ?? '' })),
    ]);
    return { file, frontmatter, body: body.filter((t) => t.text) };
  });
}

/** Every Chinese page's text in one list. */
export function chinesePageTexts(): ChineseText[] {
  return chinesePages().flatMap((page) => [...page.frontmatter, ...page.body]);
}

/** The Chinese island and site dictionaries, by path. */
export const CHINESE_DICTIONARIES: Readonly<Record<string, Dictionary>> = Object.fromEntries(
  ['playground/i18n/zh-CN.json', 'content/i18n/zh-CN.json'].map((path) => [
    path,
    JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Dictionary,
  ]),
);

/** Every Chinese dictionary string as written, placeholders and all. */
export function chineseDictionaryTexts(): ChineseText[] {
  return Object.entries(CHINESE_DICTIONARIES).flatMap(([path, dictionary]) =>
    Object.entries(dictionary).map(([key, text]) => ({ where: `${path} ${key}`, text })),
  );
}

/**
 * Samples a placeholder may be filled with: a Latin word (a provider, a claim, a number) and a
 * Chinese one (a translated part name, a relative time). A template reads right with both.
 */
export const PLACEHOLDER_SAMPLES = { latin: 'Clerk', chinese: '令牌' } as const;

/**
 * Pagefind's `[PLACEHOLDERS]` (the `pagefind.*` site strings) filled as Pagefind fills them: as written,
 * with no space added, so the template must carry its own. `[COUNT]` is always a number.
 */
function fillPagefind(template: string, sample: string): string {
  return template.replace(/\[([A-Z_]+)\]/g, (_, name: string) => (name === 'COUNT' ? '12' : sample));
}

/** Every Chinese dictionary string with placeholders, filled with each sample (`translate()` for `{name}`). */
export function filledDictionaryTexts(): ChineseText[] {
  return Object.entries(CHINESE_DICTIONARIES).flatMap(([path, dictionary]) =>
    Object.entries(dictionary).flatMap(([key, template]) => {
      const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
      const pagefind = /\[[A-Z_]+\]/.test(template);
      if (names.length === 0 && !pagefind) return [];
      return Object.entries(PLACEHOLDER_SAMPLES).map(([kind, sample]) => ({
        where: `${path} ${key} (filled with the ${kind} sample)`,
        text: pagefind
          ? fillPagefind(template, sample)
          : translate(dictionary, key, Object.fromEntries(names.map((name) => [name, sample]))),
      }));
    }),
  );
}

/** Every `'zh-CN'` string the catalog modules export, found by walking their values. */
export async function chineseCatalogTexts(): Promise<ChineseText[]> {
  const dir = join(ROOT, 'playground/catalog');
  const modules = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
  );
  const found = new Map<string, string>();
  const walk = (value: unknown, where: string): void => {
    if (typeof value !== 'object' || value === null) return;
    for (const [key, child] of Object.entries(value)) {
      if (key === 'zh-CN' && typeof child === 'string') {
        if (!found.has(child)) found.set(child, where);
      } else walk(child, `${where}.${key}`);
    }
  };
  for (const file of modules) walk(await import(join(dir, file)), relative(ROOT, join(dir, file)));
  return [...found].map(([text, where]) => ({ where, text }));
}

/** Chinese inside string literals of the site's own code (`src/`), such as a unit or a label. */
export function chineseSourceLiterals(): ChineseText[] {
  const dir = join(ROOT, 'src');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(?:ts|mjs|astro)$/.test(f) && !f.endsWith('.test.ts'))
    .flatMap((file) =>
      readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          [...line.matchAll(/'([^']*)'|"([^"]*)"|`([^`]*)`|>([^<>{}]*)</g)]
            .map((m) => m[1] ?? m[2] ?? m[3] ?? m[4] ?? '')
            .filter((text) => /\p{Script=Han}/u.test(text))
            .map((text) => ({ where: `src/${file}:${i + 1}`, text })),
        ),
    );
}
