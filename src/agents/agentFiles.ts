import { LOCALES, localePath, otherLocale } from '../../playground/catalog/locale.ts';
import { siteStrings } from '../lib/siteStrings.ts';
import { type BuiltPage, type LocaleSite, readLocale } from './localeSite.ts';
import { markdownPath } from './markdownUrls.ts';
import { pageDocument } from './pageDocument.ts';
import { skillFiles } from './skillFiles.ts';
import { SKILL_NAME, skillArchive } from './skillPaths.ts';

/**
 * The files that make the site readable by agents, keyed by their path under the build output:
 * every page as `<page>.md`, `llms.txt` and `llms-full.txt` per language, and the integrations skill
 * (folder and `.zip`) per language. `pages` are the docs pages of both languages; the compare views
 * and the 404 page are not docs and are left out by the caller.
 */
export function agentFiles(pages: readonly BuiltPage[], site: URL): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>();
  const allPaths = new Set(pages.map((p) => p.path));
  for (const locale of LOCALES) {
    const localeSite = readLocale(pages, locale, site, allPaths);
    for (const page of localeSite.pages.values())
      files.set(distPath(markdownPath(page.path)), pageDocument(page, site));
    files.set(distPath(`${localeSite.root}llms.txt`), llmsIndex(localeSite));
    files.set(distPath(`${localeSite.root}llms-full.txt`), llmsFull(localeSite));
    for (const [path, content] of skillFiles(localeSite)) files.set(distPath(`${localeSite.root}${path}`), content);
  }
  return files;
}

/** `llms.txt`: the site's title and summary, then one line per page, grouped as in the sidebar. */
function llmsIndex(localeSite: LocaleSite): string {
  const { home, sections, pages, site, root, locale } = localeSite;
  const t = siteStrings(locale);
  const url = (path: string) => new URL(path, site).href;
  const other = localePath('/', otherLocale(locale));
  const lines = [`# ${home.title}`, '', `> ${home.description}`, ''];
  const full = `[llms-full.txt](${url(`${root}llms-full.txt`)})`;
  const skill = `[${SKILL_NAME}.zip](${url(skillArchive(root))})`;
  lines.push(t('agents.llmsIntro', { full, skill }), '');
  for (const section of sections) {
    lines.push(`## ${section.label}`, '');
    for (const path of section.paths) {
      const page = pages.get(path);
      if (page) lines.push(`- [${page.title}](${url(markdownPath(path))}): ${page.description}`);
    }
    lines.push('');
  }
  // "Optional" is the llms.txt format's own marker for links an agent may skip, so it is not translated.
  lines.push('## Optional', '', `- [${t('agents.otherLanguage')}](${url(`${other}llms.txt`)})`, '');
  return lines.join('\n');
}

/** `llms-full.txt`: every page of one language as Markdown, in sidebar order, in one file. */
function llmsFull(localeSite: LocaleSite): string {
  const { home, pages, site } = localeSite;
  const documents = [...pages.values()].filter((p) => p !== home).map((p) => pageDocument(p, site).trim());
  return `# ${home.title}\n\n> ${home.description}\n\n${documents.join('\n\n---\n\n')}\n`;
}

/** `/auth/clerk.md` → `auth/clerk.md`: a path under the build output. */
function distPath(urlPath: string): string {
  return urlPath.replace(/^\//, '');
}
