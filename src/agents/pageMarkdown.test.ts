import { describe, expect, it } from 'vitest';
import { punctuation } from '../lib/punctuation.ts';
import { pageMarkdown, parsePage } from './pageMarkdown.ts';

/** A page shaped like Starlight's output: chrome around `.sl-markdown-content`. */
function starlightPage(content: string, lang = 'en'): string {
  return `<!doctype html><html lang="${lang}"><head><title>Clerk | InsForge Integrations</title>
<meta name="description" content="Sign the token with a JWT template."></head><body>
<nav id="starlight__sidebar"><a href="/overview/">Overview</a></nav>
<h1 id="_top">Clerk</h1><div class="sl-markdown-content">${content}</div></body></html>`;
}

const OPTIONS = {
  islandNote: (url: string) => `Open ${url} in a browser to use this tool.`,
  pageUrl: 'https://site.test/playground/jwt/',
  punctuation: punctuation('en'),
};
const rewriteLink = (href: string) =>
  href.startsWith('/') ? `https://site.test${href.replace(/\/$/, '.md')}` : undefined;

function markdown(content: string): string {
  return pageMarkdown(parsePage(starlightPage(content), OPTIONS), rewriteLink);
}

describe('parsePage', () => {
  it('default: reads the title from the page heading, the summary and the language', () => {
    const page = parsePage(starlightPage('<p>Hi</p>', 'zh-CN'), OPTIONS);
    expect(page).toMatchObject({ lang: 'zh-CN', title: 'Clerk', description: 'Sign the token with a JWT template.' });
  });

  it('error: a page without Starlight content is refused', () => {
    expect(() => parsePage('<html><body><p>no content</p></body></html>', OPTIONS)).toThrow(/sl-markdown-content/);
  });
});

describe('pageMarkdown', () => {
  it('behavior: the sidebar and other chrome stay out; only the content is written', () => {
    expect(markdown('<p>Body text.</p>')).toBe('Body text.');
  });

  it('behavior: headings lose their anchor links', () => {
    const html =
      '<div class="sl-heading-wrapper level-h2"><h2 id="setup">Set up</h2><a class="sl-anchor-link" href="#setup"><svg></svg><span class="sr-only">Section titled “Set up”</span></a></div>';
    expect(markdown(html)).toBe('## Set up');
  });

  it('behavior: an Expressive Code frame becomes a fenced block with its language, exact text and title', () => {
    const html = `<div class="expressive-code"><link rel="stylesheet" href="/ec.css"><figure class="frame has-title">
<figcaption class="header"><span class="title">lib/insforge.ts</span></figcaption>
<pre data-language="ts"><code><div class="ec-line"><div class="code"><span>const a = 1;</span></div></div></code></pre>
<div class="copy"><button data-code="const a = 1;\u007f\u007fconst b = '&lt;b&gt;';"><div></div></button></div></figure></div>`;
    expect(markdown(html)).toBe("**lib/insforge.ts**\n\n```ts\nconst a = 1;\n\nconst b = '<b>';\n```");
  });

  it('behavior: a terminal frame without a title keeps only its code, not the screen-reader label', () => {
    const html = `<div class="expressive-code"><figure class="frame is-terminal"><figcaption class="header"><span class="title"></span><span class="sr-only">Terminal window</span></figcaption>
<pre data-language="sh"><code><div class="ec-line"><div class="code">npm install jose</div></div></code></pre></figure></div>`;
    expect(markdown(html)).toBe('```sh\nnpm install jose\n```');
  });

  it('behavior: a Starlight aside becomes a blockquote opened by its title', () => {
    const html = `<aside aria-label="Keep the secret" class="starlight-aside starlight-aside--caution">
<p class="starlight-aside__title" aria-hidden="true"><svg></svg>Keep the secret</p>
<div class="starlight-aside__content"><p>Never ship it to the browser.</p></div></aside>`;
    expect(markdown(html)).toBe('> **Keep the secret**\n>\n> Never ship it to the browser.');
  });

  it('behavior: a table becomes a GFM table, its caption a bold line above it', () => {
    const html = `<div class="table-scroll"><table><caption>Environment variables</caption>
<thead><tr><th>Variable</th><th>Who can see it</th></tr></thead>
<tbody><tr><td><code>JWT_SECRET</code></td><td>Server only</td></tr></tbody></table></div>`;
    expect(markdown(html)).toBe(
      '**Environment variables**\n\n| Variable | Who can see it |\n| - | - |\n| `JWT_SECRET` | Server only |',
    );
  });

  it('behavior: a figure with a caption becomes the caption in bold, then its content', () => {
    const html =
      '<figure class="token-flow"><ol><li>Sign in</li><li>Sign the token</li></ol><figcaption>How the token travels</figcaption></figure>';
    expect(markdown(html)).toBe('**How the token travels**\n\n1. Sign in\n2. Sign the token');
  });

  it('behavior: a definition list becomes term: definition lines', () => {
    const html = '<dl class="facts-list"><dt>Signed by</dt><dd>Clerk</dd><dt>Lifetime</dt><dd>60 s</dd></dl>';
    expect(markdown(html)).toBe('- **Signed by**: Clerk\n- **Lifetime**: 60 s');
  });

  it('behavior: a Chinese page joins with full-width punctuation: a colon after the term, 、 between definitions', () => {
    const html = '<dl><dt>网络</dt><dd>X Layer</dd><dd>196</dd></dl>';
    const page = parsePage(starlightPage(html, 'zh-CN'), { ...OPTIONS, punctuation: punctuation('zh-CN') });
    expect(pageMarkdown(page, rewriteLink)).toBe('- **网络**：X Layer、196');
  });

  it('behavior: link cards become a list of linked titles with their descriptions', () => {
    const html = `<div class="card-grid"><div class="sl-link-card"><span class="sl-flex stack"><a href="/auth/clerk/"><span class="title">Clerk</span></a>
<span class="description">Sign with a template.</span></span><svg></svg></div></div>`;
    expect(markdown(html)).toBe('- [Clerk](https://site.test/auth/clerk.md) — Sign with a template.');
  });

  it('behavior: an interactive island is replaced by the note linking to the page, whatever it rendered', () => {
    const html =
      '<astro-island uid="1"><div class="pg-root"><button>Decode</button><textarea>eyJ…</textarea></div></astro-island>';
    expect(markdown(html)).toBe('Open <https://site.test/playground/jwt/> in a browser to use this tool.');
  });

  it('behavior: links go where rewriteLink says; links it leaves alone keep their href', () => {
    const html = '<p><a href="/overview/">Overview</a> and <a href="#setup">Set up</a></p>';
    expect(markdown(html)).toBe('[Overview](https://site.test/overview.md) and [Set up](#setup)');
  });

  it('behavior: the parsed page is not changed, so it can be written again with other links', () => {
    const page = parsePage(starlightPage('<p><a href="/overview/">Overview</a></p>'), OPTIONS);
    pageMarkdown(page, rewriteLink);
    expect(pageMarkdown(page, () => '../SKILL.md')).toBe('[Overview](../SKILL.md)');
  });
});
