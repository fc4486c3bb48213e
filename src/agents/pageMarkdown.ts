import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toMdast } from 'hast-util-to-mdast';
import { toText } from 'hast-util-to-text';
import type { Link, Root as MdastRoot } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { defaultHandlers, toMarkdown } from 'mdast-util-to-markdown';
import type { Punctuation } from '../lib/punctuation.ts';

/**
 * A page Starlight rendered, read once into Markdown's syntax tree: components are already the tables,
 * lists and code they render. It can then be written any number of times with different links.
 */
export interface ParsedPage {
  /** `en` or `zh-CN`, from `<html lang>`. */
  lang: string;
  title: string;
  description: string;
  /** The page's content (Starlight's `.sl-markdown-content`) as mdast. */
  content: MdastRoot;
}

export interface ParsePageOptions {
  /**
   * The sentence that stands in for an interactive island, which has no Markdown form, naming
   * `pageUrl`, where the island can be used; that URL becomes a link.
   */
  islandNote: (pageUrl: string) => string;
  pageUrl: string;
  /** The page language's joiners: a term and its definition, definitions, a card's title and description. */
  punctuation: Pick<Punctuation, 'label' | 'list' | 'dash'>;
}

/** Where a link inside the content should point, given its href as the page has it; `undefined` keeps it. */
export type RewriteLink = (href: string) => string | undefined;

/**
 * Reads a built page's content as Markdown. Working from the HTML means every component is covered
 * without a second renderer to keep in step with the first.
 */
export function parsePage(html: string, options: ParsePageOptions): ParsedPage {
  const document = fromHtml(html);
  const content = select('.sl-markdown-content', document);
  if (!content) throw new Error('parsePage: the page has no .sl-markdown-content');
  return {
    lang: select('html', document)?.properties.lang?.toString() ?? 'en',
    title: toText(select('h1#_top', document) ?? select('title', document) ?? content).trim(),
    description: select('meta[name="description"]', document)?.properties.content?.toString() ?? '',
    content: toMdast({ type: 'root', children: [plainContent(content, options)] }) as MdastRoot,
  };
}

/** Writes a parsed page's content as Markdown, each link where `rewriteLink` says. */
export function pageMarkdown(page: ParsedPage, rewriteLink: RewriteLink): string {
  const markdown = toMarkdown(page.content, {
    extensions: [gfmToMarkdown({ tablePipeAlign: false })],
    bullet: '-',
    rule: '-',
    handlers: {
      link: (node: Link, parent, state, info) =>
        defaultHandlers.link({ ...node, url: rewriteLink(node.url) ?? node.url }, parent, state, info),
    },
  });
  return markdown.trim();
}

/** Chrome that only makes sense in a browser: anchor icons, copy buttons, styles, scripts. */
const CHROME = 'script, style, link, svg, button, .sl-anchor-link, .expressive-code .sr-only';

/** `content` rewritten into the plain HTML that `hast-util-to-mdast` turns into good Markdown. */
function plainContent(content: Element, options: ParsePageOptions): Element {
  const { punctuation } = options;
  const dropped = new Set(selectAll(CHROME, content));
  const rewrite = (node: Element): ElementContent[] => {
    if (dropped.has(node)) return [];
    if (node.tagName === 'astro-island') return [islandNote(options)];
    if (hasClass(node, 'expressive-code')) return codeBlocks(node);
    if (node.tagName === 'aside' && hasClass(node, 'starlight-aside')) return [aside(node, rewrite)];
    const children = node.children.flatMap((child) => (child.type === 'element' ? rewrite(child) : [child]));
    if (hasClass(node, 'card-grid')) return [{ type: 'element', tagName: 'ul', properties: {}, children }];
    if (hasClass(node, 'sl-link-card')) return [linkCard(children, punctuation.dash)];
    if (node.tagName === 'dl') return [definitionList(children, punctuation)];
    if (node.tagName === 'figure' || node.tagName === 'table') return captioned(node, children);
    return [{ ...node, children }];
  };
  return {
    ...content,
    children: content.children.flatMap((child) => (child.type === 'element' ? rewrite(child) : [child])),
  };
}

/** Expressive Code frames become `<pre><code class="language-…">` with the exact text the copy button copies. */
function codeBlocks(wrapper: Element): ElementContent[] {
  return selectAll('figure', wrapper).flatMap((figure) => {
    const pre = select('pre', figure);
    const lang = pre?.properties.dataLanguage?.toString();
    const copyText = select('[data-code]', figure)?.properties.dataCode?.toString();
    // Expressive Code stores line breaks in `data-code` as U+007F, so the attribute stays one line.
    const code = copyText?.replaceAll('\u007f', '\n') ?? selectAll('.ec-line', figure).map(lineText).join('\n');
    const title = toText(select('figcaption .title', figure) ?? figure.children[0] ?? pre ?? figure).trim();
    const codeElement: Element = {
      type: 'element',
      tagName: 'code',
      properties: lang && lang !== 'plaintext' ? { className: [`language-${lang}`] } : {},
      children: [{ type: 'text', value: code }],
    };
    const block: Element = { type: 'element', tagName: 'pre', properties: {}, children: [codeElement] };
    return title && select('figcaption .title', figure) ? [paragraph([strong(title)]), block] : [block];
  });
}

function lineText(line: Element): string {
  return toText(line, { whitespace: 'pre' });
}

function islandNote({ islandNote, pageUrl }: ParsePageOptions): Element {
  const [before = '', after = ''] = islandNote(pageUrl).split(pageUrl);
  const link: Element = {
    type: 'element',
    tagName: 'a',
    properties: { href: pageUrl },
    children: [{ type: 'text', value: pageUrl }],
  };
  return paragraph([{ type: 'text', value: before }, link, { type: 'text', value: after }]);
}

/** Starlight asides become a blockquote that opens with the aside's title in bold. */
function aside(node: Element, rewrite: (node: Element) => ElementContent[]): Element {
  const title = node.properties.ariaLabel?.toString() ?? '';
  const body = select('.starlight-aside__content', node);
  const children = (body?.children ?? []).flatMap((child) => (child.type === 'element' ? rewrite(child) : [child]));
  return {
    type: 'element',
    tagName: 'blockquote',
    properties: {},
    children: [paragraph([strong(title)]), ...children],
  };
}

/** A figure's or table's caption has no Markdown form; it becomes a bold line above what it captions. */
function captioned(node: Element, children: ElementContent[]): ElementContent[] {
  const isCaption = (child: ElementContent) =>
    child.type === 'element' && (child.tagName === 'figcaption' || child.tagName === 'caption');
  const caption = children.find(isCaption);
  const rest = children.filter((child) => !isCaption(child));
  const unwrapped: ElementContent[] = node.tagName === 'figure' ? rest : [{ ...node, children: rest }];
  return caption && caption.type === 'element'
    ? [paragraph([strong(toText(caption).trim())]), ...unwrapped]
    : unwrapped;
}

/** A link card is one list item: the linked title, a dash, and the description. */
function linkCard(children: ElementContent[], dash: string): Element {
  const wrapper: Element = { type: 'element', tagName: 'div', properties: {}, children };
  const link = select('a', wrapper);
  const description = toText(select('.description', wrapper) ?? { type: 'root', children: [] }).trim();
  const parts: ElementContent[] = link ? [link] : [];
  if (description) parts.push({ type: 'text', value: `${dash}${description}` });
  return { type: 'element', tagName: 'li', properties: {}, children: parts };
}

/** Term–definition pairs read best as a list of `**term**: definition` lines. */
function definitionList(children: ElementContent[], { label, list }: ParsePageOptions['punctuation']): Element {
  const items: Element[] = [];
  for (const child of children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'dt')
      items.push({ type: 'element', tagName: 'li', properties: {}, children: [strong(toText(child).trim())] });
    const item = items.at(-1);
    if (child.tagName === 'dd' && item)
      item.children.push({ type: 'text', value: item.children.length > 1 ? list : label }, ...child.children);
  }
  return { type: 'element', tagName: 'ul', properties: {}, children: items };
}

function hasClass(node: Element, name: string): boolean {
  const className = node.properties.className;
  return Array.isArray(className) && className.includes(name);
}

function paragraph(children: ElementContent[]): Element {
  return { type: 'element', tagName: 'p', properties: {}, children };
}

function strong(text: string): Element {
  return { type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: text }] };
}
