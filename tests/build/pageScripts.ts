import { gzipSync } from 'node:zlib';
import { readBuilt, readBuiltBytes } from './builtSite.ts';

/** A page's JavaScript before any interaction: the files and their gzipped bytes. */
export interface PageScripts {
  readonly files: readonly string[];
  readonly gzipBytes: number;
}

/** Module specifiers a script imports statically (`import{a}from"./x.js"`, `import"./y.js"`), not `import()`. */
function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g)].map((m) => m[1] ?? '');
}

/**
 * What a page makes the browser download and run at load: its module scripts and everything they
 * import statically, transitively. Dynamic imports (an island woken by the reader, search's index)
 * wait for the reader, so they are not part of it.
 */
export function pageScripts(pagePath: string): PageScripts {
  const html = readBuilt(pagePath);
  const entries = [...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1] ?? '');
  for (const [, inline = ''] of html.matchAll(/<script\b[^>]*type="module"[^>]*>([\s\S]*?)<\/script>/g)) {
    entries.push(...staticImports(inline));
  }
  return withStaticImports(entries.map((spec) => new URL(spec, `http://site${pagePath}`).pathname));
}

/**
 * What each island on a page loads when the reader wakes it: its component and Astro's React renderer,
 * with their static imports (the parts the island imports later, like viem or PGlite, are not counted).
 */
export function islandScripts(pagePath: string): PageScripts[] {
  return [...readBuilt(pagePath).matchAll(/<astro-island\b[^>]*>/g)].map(([tag]) =>
    withStaticImports(
      [...tag.matchAll(/\s(?:component|renderer|before-hydration)-url="([^"]+)"/g)].map((m) => m[1] ?? ''),
    ),
  );
}

function withStaticImports(entries: readonly string[]): PageScripts {
  const queue = [...entries];
  const seen = new Set<string>();
  let gzipBytes = 0;
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readBuiltBytes(file);
    gzipBytes += gzipSync(code, { level: 9 }).length;
    queue.push(...staticImports(code.toString('utf8')).map((spec) => new URL(spec, `http://site${file}`).pathname));
  }
  return { files: [...seen].sort(), gzipBytes };
}
