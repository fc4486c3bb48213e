// @ts-check
import { gzipSync } from 'node:zlib';

/**
 * @typedef {{ status: number, html: number, css: number, js: number, jsFiles: number, react: boolean }} PageWeight
 * Gzipped bytes a page makes the browser download before any interaction, and the page's HTTP status.
 */

/** React 19's production build links its error decoder; no other code on the site does. */
const REACT_MARKER = 'react.dev/errors';

/**
 * Loads `url` in a Playwright page and adds up the gzipped size of its HTML, CSS and JS.
 * @param {import('playwright-core').Page} page
 * @param {string} url
 * @returns {Promise<PageWeight>}
 */
export async function measurePage(page, url) {
  /** @type {Promise<void>[]} */
  const pending = [];
  const weight = { status: 0, html: 0, css: 0, js: 0, jsFiles: 0, react: false };
  /** @param {import('playwright-core').Response} response */
  const onResponse = (response) => {
    const type = response.request().resourceType();
    if (!['document', 'stylesheet', 'script'].includes(type)) return;
    pending.push(
      response
        .body()
        .then((body) => {
          const size = gzipSync(body, { level: 9 }).length;
          if (type === 'document') weight.html += size;
          else if (type === 'stylesheet') weight.css += size;
          else {
            weight.js += size;
            weight.jsFiles++;
            if (body.includes(REACT_MARKER)) weight.react = true;
          }
        })
        .catch(() => {}),
    );
  };
  page.on('response', onResponse);
  weight.status = (await page.goto(url, { waitUntil: 'networkidle' }))?.status() ?? 0;
  await Promise.all(pending);
  page.off('response', onResponse);
  return weight;
}
