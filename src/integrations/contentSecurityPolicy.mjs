// @ts-check
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The policy every built page carries. Nothing may reach another origin: scripts, styles, data
 * and workers come from the site itself. Inline scripts (Starlight's theme and sidebar helpers,
 * Astro's island loader) are allowed by their SHA-256 hash, computed per page after the build,
 * so no `'unsafe-inline'` script is ever allowed. WebAssembly (Pagefind, PGlite) needs
 * `'wasm-unsafe-eval'`. Inline *styles* stay allowed: Starlight and Expressive Code set them.
 * `frame-ancestors` is left out because browsers ignore it (and warn) in a `<meta>` policy.
 * @param {string[]} scriptHashes
 */
export function policyFor(scriptHashes) {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.map((h) => `'${h}'`).join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)(?:\s[^>]*)?>([\s\S]*?)<\/script>/g;

/**
 * Adds a strict CSP `<meta>` to one HTML document, hashing each inline script it contains.
 * @param {string} html
 */
export function addPolicy(html) {
  const hashes = new Set();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const body = match[1] ?? '';
    if (body.trim() === '' || /type="application\/(ld\+)?json"/.test(match[0])) continue;
    hashes.add(`sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`);
  }
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor([...hashes].sort())}">`;
  // The policy must precede every script it governs, so it goes right after <meta charset>.
  return html.replace(/<meta charset="utf-8"\s*\/?>/i, (charset) => `${charset}${meta}`);
}

/** @param {string} dir @returns {AsyncGenerator<string>} */
async function* htmlFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/** @returns {import('astro').AstroIntegration} */
export function contentSecurityPolicy() {
  return {
    name: 'insforge:content-security-policy',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        let pages = 0;
        for await (const file of htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          const withPolicy = addPolicy(html);
          if (withPolicy === html) throw new Error(`No <meta charset> to anchor the CSP in ${file}`);
          await writeFile(file, withPolicy);
          pages++;
        }
        logger.info(`Content-Security-Policy added to ${pages} pages`);
      },
    },
  };
}
