// @ts-check
import { localeOfPath } from '../../playground/catalog/locale.ts';

/**
 * A Sätteri (Astro's Markdown engine) plugin that gives each of our own components used in a
 * page a `locale` prop: the page's language, read from its path (`content/docs/zh-cn/…` is
 * Chinese). Catalog components then speak the language of the page they sit in — even in the
 * compare view, where both languages render on one page and the URL says only one of them.
 * Authors write `<ProviderTable />`; the Chinese page compiles to `<ProviderTable locale="zh-CN" />`.
 *
 * @param {{ components: readonly string[] }} options names of the components that take `locale`
 * @returns {(ctx: { fileURL: URL | undefined }) => import('satteri').MdastPluginDefinition}
 */
export function pageLocalePlugin({ components }) {
  const names = new Set(components);
  return ({ fileURL }) => {
    const locale = localeOfPath(fileURL?.pathname.split('/content/docs/')[1] ?? '');
    /** @type {import('satteri').MdastPluginDefinition['mdxJsxFlowElement']} */
    const addLocale = (node, ctx) => {
      if (!node.name || !names.has(node.name)) return;
      if (node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'locale')) return;
      // Sätteri does not let a visitor edit `attributes` in place, so the element is swapped for a copy.
      const attributes = [...node.attributes, { type: 'mdxJsxAttribute', name: 'locale', value: locale }];
      ctx.replaceNode(node, /** @type {any} */ ({ ...node, attributes }));
    };
    return {
      name: 'insforge-page-locale',
      mdxJsxFlowElement: addLocale,
      mdxJsxTextElement: /** @type {any} */ (addLocale),
    };
  };
}
