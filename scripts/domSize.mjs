// @ts-check
import { fromHtml } from 'hast-util-from-html';

/**
 * The number of elements a browser builds from an HTML document (what Lighthouse's DOM size counts,
 * give or take the few the parser adds).
 * @param {string} html
 */
export function elementCount(html) {
  let count = 0;
  /** @param {{ type: string, children?: unknown[] }} node */
  const visit = (node) => {
    if (node.type === 'element') count++;
    for (const child of node.children ?? []) visit(/** @type {{ type: string }} */ (child));
  };
  visit(fromHtml(html));
  return count;
}
