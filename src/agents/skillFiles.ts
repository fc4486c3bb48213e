import { strToU8, type Zippable, zipSync } from 'fflate';
import { punctuation } from '../lib/punctuation.ts';
import { siteStrings } from '../lib/siteStrings.ts';
import { type LocaleSite, markdownPage } from './localeSite.ts';
import { pageDocument } from './pageDocument.ts';
import { SKILL_NAME, skillArchive, skillFolder } from './skillPaths.ts';

/** Site sections whose pages become the skill's `references/<name>.md`; playgrounds stay links. */
const REFERENCE_SECTIONS = ['auth/', 'payments/'];

/**
 * A fixed timestamp for every file in the archive, so the same content always zips to the same
 * bytes — a rebuild that changes nothing ships an identical download.
 */
const ARCHIVE_MTIME = new Date(Date.UTC(2026, 0, 1));

/**
 * The integrations skill in one language, built from the same pages as the site: `SKILL.md` is the
 * overview followed by a table of contents, and each guide becomes `references/<provider>.md`.
 * Returns the unpacked folder and its `.zip`, keyed by path under the language's root.
 */
export function skillFiles(localeSite: LocaleSite): Map<string, string | Uint8Array> {
  const { locale, root, site, sections, parsed, allPaths } = localeSite;
  const t = siteStrings(locale);
  const { dash } = punctuation(locale);
  const overviewPath = `${root}overview/`;
  const referenceName = (path: string) => {
    const relative = path.slice(root.length);
    return REFERENCE_SECTIONS.some((s) => relative.startsWith(s)) ? relative.split('/').findLast(Boolean) : undefined;
  };
  /** A page link inside the skill points at the skill's own file, relative to the file linking. */
  const localLink = (fromReference: boolean) => (path: string) => {
    if (path === overviewPath) return fromReference ? '../SKILL.md' : 'SKILL.md';
    const name = referenceName(path);
    if (name === undefined) return undefined;
    return fromReference ? `${name}.md` : `references/${name}.md`;
  };
  const render = (path: string, fromReference: boolean) => {
    const page = parsed.get(path);
    if (!page) throw new Error(`skillFiles: ${path} is in the sidebar but was not built`);
    return markdownPage(path, page, site, allPaths, localLink(fromReference));
  };
  const contents = sections
    .filter((section) => !section.paths.includes(overviewPath))
    .map((section) => {
      const items = section.paths.map((path) => {
        const page = localeSite.pages.get(path);
        const target = localLink(false)(path) ?? new URL(path, site).href;
        return `- [${page?.title ?? path}](${target})${dash}${page?.description ?? ''}`;
      });
      return `### ${section.label}\n\n${items.join('\n')}`;
    });
  const frontmatter = `---\nname: ${SKILL_NAME}\ndescription: ${JSON.stringify(t('skill.description'))}\n---`;
  const overview = pageDocument(render(overviewPath, false), site).trim();
  const folder = new Map<string, string>([
    ['SKILL.md', `${frontmatter}\n\n${overview}\n\n## ${t('skill.contents')}\n\n${contents.join('\n\n')}\n`],
  ]);
  for (const path of sections.flatMap((s) => s.paths)) {
    const name = referenceName(path);
    if (name !== undefined) folder.set(`references/${name}.md`, pageDocument(render(path, true), site));
  }

  const files = new Map<string, string | Uint8Array>();
  for (const [path, content] of folder) files.set(`${skillFolder('')}${path}`, content);
  const entries: Zippable = {};
  for (const [path, content] of folder) entries[`${SKILL_NAME}/${path}`] = [strToU8(content), { mtime: ARCHIVE_MTIME }];
  files.set(skillArchive(''), zipSync(entries, { level: 9 }));
  return files;
}
