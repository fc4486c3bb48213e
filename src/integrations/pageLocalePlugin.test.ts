import { expect, test } from 'vitest';
import { pageLocalePlugin } from './pageLocalePlugin.mjs';

type Attribute = { type: string; name: string; value: string };
type Element = { type: 'mdxJsxFlowElement'; name: string; attributes: Attribute[]; children: [] };

const element = (name: string, attributes: Attribute[] = []): Element => ({
  type: 'mdxJsxFlowElement',
  name,
  attributes,
  children: [],
});

/** Runs the plugin's visitor on one element, the way Sätteri would, and returns its new attributes. */
function visit(path: string, node: Element): Attribute[] {
  const plugin = pageLocalePlugin({ components: ['ProviderTable'] })({ fileURL: new URL(`file://${path}`) });
  let attributes = node.attributes;
  const ctx = {
    replaceNode: (_: unknown, replacement: Element) => {
      attributes = replacement.attributes;
    },
  };
  // biome-ignore lint/suspicious/noExplicitAny: the visitor context is Sätteri's; only setProperty is used.
  plugin.mdxJsxFlowElement?.(node as any, ctx as any);
  return attributes;
}

test.each([
  ['/site/content/docs/zh-cn/overview.mdx', 'zh-CN'],
  ['/site/content/docs/overview.mdx', 'en'],
  ['/site/content/docs/auth/zh-cn-notes.mdx', 'en'],
])('behavior: our components in %s get locale %s', (path, locale) => {
  expect(visit(path, element('ProviderTable'))).toContainEqual({
    type: 'mdxJsxAttribute',
    name: 'locale',
    value: locale,
  });
});

test('behavior: components that are not ours are left alone', () => {
  expect(visit('/site/content/docs/zh-cn/a.mdx', element('Aside'))).toEqual([]);
});

test('behavior: an explicit locale prop is kept', () => {
  const own = { type: 'mdxJsxAttribute', name: 'locale', value: 'en' };
  expect(visit('/site/content/docs/zh-cn/a.mdx', element('ProviderTable', [own]))).toEqual([own]);
});
