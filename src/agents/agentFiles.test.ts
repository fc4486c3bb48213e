import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { agentFiles } from './agentFiles.ts';

const SITE = new URL('https://integrations.insforge.dev');

interface FakePage {
  path: string;
  title: string;
  description: string;
  content: string;
}

/** The sidebar as Starlight renders it: groups of links, labelled in the page's language. */
function sidebar(zh: boolean): string {
  const root = zh ? '/zh-cn/' : '/';
  const group = (label: string, links: string[]) =>
    `<li><details open><summary><span class="group-label"><span class="large">${label}</span></span></summary><ul>${links
      .map((path) => `<li><a href="${root}${path}"><span>${path}</span></a></li>`)
      .join('')}</ul></details></li>`;
  return `<nav id="starlight__sidebar"><ul class="top-level">${group(zh ? '从这里开始' : 'Start here', ['overview/'])}${group(
    zh ? '认证提供商' : 'Auth providers',
    ['auth/clerk/'],
  )}${group(zh ? '演练场' : 'Playgrounds', ['playground/jwt/'])}</ul></nav>`;
}

function built(page: FakePage) {
  const zh = page.path.startsWith('/zh-cn/');
  const html = `<!doctype html><html lang="${zh ? 'zh-CN' : 'en'}"><head><meta name="description" content="${page.description}"></head>
<body>${sidebar(zh)}<h1 id="_top">${page.title}</h1><div class="sl-markdown-content">${page.content}</div></body></html>`;
  return { path: page.path, html };
}

function site(root: string, zh: boolean): FakePage[] {
  return [
    {
      path: root,
      title: zh ? 'InsForge 集成' : 'InsForge Integrations',
      description: zh ? '接入提供商。' : 'Wire providers.',
      content: '<p>Home</p>',
    },
    {
      path: `${root}overview/`,
      title: zh ? '集成概览' : 'Integration overview',
      description: zh ? '共同的模式。' : 'The shared patterns.',
      content: `<p>Pick a guide: <a href="${root}auth/clerk/">Clerk</a>, or <a href="${root}playground/jwt/#provider=clerk">try it</a>.</p>`,
    },
    {
      path: `${root}auth/clerk/`,
      title: 'Clerk',
      description: zh ? '用 JWT 模板签发令牌。' : 'Sign with a JWT template.',
      content: `<p>Read the <a href="${root}overview/">overview</a> first.</p><h2 id="sql">SQL</h2>`,
    },
    {
      path: `${root}playground/jwt/`,
      title: zh ? 'JWT 演练场' : 'JWT playground',
      description: zh ? '解码令牌。' : 'Decode tokens.',
      content: '<astro-island><button>Decode</button></astro-island>',
    },
  ];
}

const PAGES = [...site('/', false), ...site('/zh-cn/', true)].map(built);
const files = agentFiles(PAGES, SITE);
const text = (path: string) => {
  const file = files.get(path);
  if (typeof file !== 'string') throw new Error(`${path} is not a text file`);
  return file;
};

describe('agentFiles', () => {
  it('default: every page gets a Markdown twin, and each language an index, a full text and a skill', () => {
    expect([...files.keys()].sort()).toEqual(
      [
        ...['', 'zh-cn/'].flatMap((root) => [
          `${root}index.md`,
          `${root}overview.md`,
          `${root}auth/clerk.md`,
          `${root}playground/jwt.md`,
          `${root}llms.txt`,
          `${root}llms-full.txt`,
          `${root}skills/insforge-integrations/SKILL.md`,
          `${root}skills/insforge-integrations/references/clerk.md`,
          `${root}skills/insforge-integrations.zip`,
        ]),
      ].sort(),
    );
  });

  it('behavior: a page twin opens with its title, summary and web address, then the content with Markdown links', () => {
    expect(text('auth/clerk.md')).toBe(
      '# Clerk\n\n> Sign with a JWT template.\n\nWeb page: https://integrations.insforge.dev/auth/clerk/\n\n' +
        'Read the [overview](https://integrations.insforge.dev/overview.md) first.\n\n## SQL\n',
    );
    expect(text('zh-cn/auth/clerk.md')).toContain('网页版：https://integrations.insforge.dev/zh-cn/auth/clerk/');
  });

  it('behavior: an island becomes a note pointing at the page, in the page language', () => {
    expect(text('playground/jwt.md')).toContain('open <https://integrations.insforge.dev/playground/jwt/> to use it');
    expect(text('zh-cn/playground/jwt.md')).toContain(
      '请打开 <https://integrations.insforge.dev/zh-cn/playground/jwt/> 使用',
    );
  });

  it('behavior: llms.txt lists the pages under the sidebar groups, each linked to its Markdown with its summary', () => {
    const llms = text('llms.txt');
    expect(llms.startsWith('# InsForge Integrations\n\n> Wire providers.\n\n')).toBe(true);
    expect(llms).toContain(
      '## Auth providers\n\n- [Clerk](https://integrations.insforge.dev/auth/clerk.md): Sign with a JWT template.\n',
    );
    expect(llms).toContain('[llms-full.txt](https://integrations.insforge.dev/llms-full.txt)');
    expect(llms).toContain('(https://integrations.insforge.dev/zh-cn/llms.txt)');
    const zh = text('zh-cn/llms.txt');
    expect(zh).toContain(
      '## 认证提供商\n\n- [Clerk](https://integrations.insforge.dev/zh-cn/auth/clerk.md): 用 JWT 模板签发令牌。\n',
    );
    expect(zh).toContain('(https://integrations.insforge.dev/llms.txt)');
  });

  it('behavior: llms-full.txt holds every listed page in sidebar order, the landing page left out', () => {
    const full = text('llms-full.txt');
    const titles = [...full.matchAll(/^# (.+)$/gm)].map((m) => m[1]);
    expect(titles).toEqual(['InsForge Integrations', 'Integration overview', 'Clerk', 'JWT playground']);
    expect(full).not.toContain('Home');
  });

  it('behavior: SKILL.md has the skill frontmatter, the overview with guide links made local, and a table of contents', () => {
    const skill = text('skills/insforge-integrations/SKILL.md');
    expect(skill).toMatch(
      /^---\nname: insforge-integrations\ndescription: "Use when wiring a third-party provider into InsForge/,
    );
    expect(skill).toContain('[Clerk](references/clerk.md)');
    expect(skill).toContain('[try it](https://integrations.insforge.dev/playground/jwt/#provider=clerk)');
    expect(skill).toContain('## What this skill contains');
    expect(skill).toContain('- [JWT playground](https://integrations.insforge.dev/playground/jwt/) — Decode tokens.');
    const zhSkill = text('zh-cn/skills/insforge-integrations/SKILL.md');
    expect(zhSkill).toMatch(/\ndescription: "在把第三方提供商接入 InsForge 时使用/);
    expect(zhSkill).toContain('- [JWT 演练场](https://integrations.insforge.dev/zh-cn/playground/jwt/)——解码令牌。');
  });

  it('behavior: a reference links back to SKILL.md for the overview', () => {
    expect(text('skills/insforge-integrations/references/clerk.md')).toContain(
      'Read the [overview](../SKILL.md) first.',
    );
  });

  it('behavior: the zip holds exactly the skill folder, under the skill name', () => {
    const zip = files.get('zh-cn/skills/insforge-integrations.zip');
    if (!(zip instanceof Uint8Array)) throw new Error('no zip');
    const entries = unzipSync(zip);
    expect(Object.keys(entries).sort()).toEqual([
      'insforge-integrations/SKILL.md',
      'insforge-integrations/references/clerk.md',
    ]);
    expect(strFromU8(entries['insforge-integrations/SKILL.md'] ?? new Uint8Array())).toBe(
      text('zh-cn/skills/insforge-integrations/SKILL.md'),
    );
  });

  it('behavior: the same pages always zip to the same bytes', () => {
    expect(agentFiles(PAGES, SITE).get('skills/insforge-integrations.zip')).toEqual(
      files.get('skills/insforge-integrations.zip'),
    );
  });

  it('error: a language without any page that has a sidebar cannot be indexed', () => {
    const bare = PAGES.map((p) => ({ ...p, html: p.html.replace(/<nav id="starlight__sidebar">.*?<\/nav>/s, '') }));
    expect(() => agentFiles(bare, SITE)).toThrow(/sidebar/);
  });
});
