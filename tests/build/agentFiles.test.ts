import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from 'vitest';
import { LOCALES, localeOfPath, localePath } from '../../playground/catalog/locale.ts';
import { markdownPath } from '../../src/agents/markdownUrls.ts';
import { isDocsPage } from '../../src/lib/pageKinds.ts';
import { readerText } from '../content/chineseText.ts';
import { typographyProblems } from '../content/chineseTypography.ts';
import { rejectedVariants } from '../content/zhGlossary.ts';
import { builtFile, DIST, readBuilt, readBuiltBytes, sitePages } from './builtSite.ts';

/** What agents read is served as files next to the pages; these tests read them as a static host serves them. */
const SITE = 'https://integrations.insforge.dev';
const ROOTS = LOCALES.map((locale) => localePath('/', locale));
const docsPages = sitePages().filter(isDocsPage);
const inRoot = (root: string) => docsPages.filter((p) => localeOfPath(p) === localeOfPath(root));

/** Markdown outside code blocks and code spans, where no MDX or HTML may survive. */
function prose(markdown: string): string {
  return markdown.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '').replace(/`[^`\n]*`/g, '');
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

for (const root of ROOTS) {
  test(`${root}llms.txt lists every docs page once, and every link is in the build`, () => {
    const index = readBuilt(`${root}llms.txt`);
    const links = [...index.matchAll(/\]\((https:[^)]+)\)/g)].map((m) => new URL(m[1] ?? '').pathname);
    const pageLinks = links.filter((path) => path.endsWith('.md'));
    const expected = inRoot(root)
      .filter((p) => p !== root)
      .map(markdownPath);
    expect(pageLinks.sort()).toEqual(expected.sort());
    for (const path of links) expect(builtFile(path), path).not.toBeNull();
  });

  test(`${root}llms-full.txt holds every page of the index, in its order`, () => {
    const index = readBuilt(`${root}llms.txt`);
    const full = readBuilt(`${root}llms-full.txt`);
    const titles = [...index.matchAll(/^- \[([^\]]+)\]\(https:[^)]+\.md\)/gm)].map((m) => m[1]);
    const fullTitles = [...prose(full).matchAll(/^# (.+)$/gm)].map((m) => m[1]).slice(1);
    expect(fullTitles).toEqual(titles);
  });
}

test('every docs page names a Markdown twin that has its headings and its exact code, and no MDX', () => {
  for (const path of docsPages) {
    const html = readBuilt(path);
    const announced = /<link rel="alternate" type="text\/markdown" href="([^"]+)"/.exec(html)?.[1];
    expect(announced, `${path} names its Markdown twin`).toBe(markdownPath(path));
    const markdown = readBuilt(markdownPath(path));
    const content = html.slice(html.indexOf('class="sl-markdown-content"'));
    const title = decodeEntities(/<h1 id="_top"[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? '');
    expect(markdown.startsWith(`# ${title}\n`), `${path} title`).toBe(true);
    for (const [, heading = ''] of content.matchAll(/<h2 id="[^"]*">([^<]*)<\/h2>/g)) {
      expect(markdown, `${path} keeps “${heading}”`).toContain(`\n## ${decodeEntities(heading)}\n`);
    }
    // A code block inside a list item is indented in Markdown, so lines are compared without their indent.
    const unindented = (text: string) => text.replace(/^[ \t]+/gm, '');
    for (const [, code = ''] of content.matchAll(/data-code="([^"]*)"/g)) {
      const block = decodeEntities(code).replaceAll('\u007f', '\n');
      expect(unindented(markdown), `${path} code block`).toContain(unindented(block));
    }
    expect(prose(markdown), `${path} has no components or imports`).not.toMatch(
      /^import |<[A-Z][A-Za-z]+[\s/>]|client:/m,
    );
    expect(prose(markdown), `${path} has no raw HTML`).not.toMatch(/<\/?(div|span|figure|astro-island)\b/);
  }
});

for (const root of ROOTS) {
  test(`the overview in ${root} offers the skill as a zip that unpacks to SKILL.md and one reference per guide`, () => {
    const overview = readBuilt(`${root}overview/`);
    const href = /<a href="([^"]+\.zip)" download/.exec(overview)?.[1];
    expect(href).toBe(`${root}skills/insforge-integrations.zip`);
    const files = unzipSync(new Uint8Array(readBuiltBytes(href ?? '')));
    const guides = inRoot(root)
      .filter((p) => /\/(auth|payments)\/[^/]+\/$/.test(p))
      .map((p) => `insforge-integrations/references/${p.split('/').at(-2)}.md`);
    expect(Object.keys(files).sort()).toEqual(['insforge-integrations/SKILL.md', ...guides].sort());

    const skill = strFromU8(files['insforge-integrations/SKILL.md'] ?? new Uint8Array());
    expect(skill).toMatch(/^---\nname: insforge-integrations\ndescription: ".{80,}"\n---\n/);
    if (root === '/zh-cn/') expect(skill).toMatch(/description: "[^"]*[\u4e00-\u9fff]/);
    for (const [name, bytes] of Object.entries(files)) {
      const from = name.split('/').slice(0, -1).join('/');
      for (const [, target = ''] of strFromU8(bytes).matchAll(
        /\]\(((?:\.\.\/|references\/)?[\w-]+\.md)(?:#[^)]*)?\)/g,
      )) {
        const resolved = new URL(target, `file:///${from}/`).pathname.slice(1);
        expect(files[resolved], `${name} links to ${target}`).toBeDefined();
      }
      expect(strFromU8(bytes), `${name} links stay on ${SITE} or inside the skill`).not.toMatch(/\]\(\/(?!\/)/);
    }
  });
}

test('the Chinese llms-full.txt and skill, components rendered, keep the typography rules and the glossary outside code', () => {
  const skill = '/zh-cn/skills/insforge-integrations/';
  const references = readdirSync(join(DIST, skill, 'references')).map((name) => `${skill}references/${name}`);
  const problems = ['/zh-cn/llms-full.txt', `${skill}SKILL.md`, ...references].flatMap((path) => {
    const lines = readBuilt(path).split('\n');
    let inFence = false;
    return lines.flatMap((line, i) => {
      if (/^\s*(?:```|~~~)/.test(line)) inFence = !inFence;
      // A code block's title (`**Action: Generate InsForge Token**` above its fence) is code, not prose.
      const next = lines.slice(i + 1).find((l) => l.trim()) ?? '';
      const codeTitle = /^\*\*[^*]+\*\*$/.test(line) && /^\s*```/.test(next);
      if (inFence || codeTitle || /^\s*```/.test(line)) return [];
      const text = readerText(line);
      return [
        ...typographyProblems(text).map((p) => `${path}:${i + 1}: ${p.rule} at “${p.excerpt}”`),
        ...rejectedVariants(text).map(({ entry, variant }) => `${path}:${i + 1}: “${variant}” (use ${entry.use})`),
      ];
    });
  });
  expect(problems).toEqual([]);
});
