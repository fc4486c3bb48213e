import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The production build these tests read, as a static host would serve it. */
export const DIST = join(import.meta.dirname, '../../dist');

if (!existsSync(join(DIST, 'index.html'))) throw new Error('No build in dist/: run `npm run build` first.');

/** Every page URL of the built site (`/`, `/overview/`, `/zh-cn/compare/`, …, `/404.html`, `/zh-cn/404.html`). */
export function sitePages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && !['_astro', 'pagefind'].includes(entry.name)) walk(path);
      else if (entry.name === 'index.html' || entry.name === '404.html') {
        const rel = relative(DIST, dir).split(sep).join('/');
        const file = entry.name === 'index.html' ? '' : entry.name;
        pages.push(rel ? `/${rel}/${file}` : `/${file}`);
      }
    }
  };
  walk(DIST);
  return pages.sort();
}

/**
 * The file a static host answers a site path with (`/auth/clerk/` → `dist/auth/clerk/index.html`),
 * or null where it would answer 404.
 */
export function builtFile(path: string): string | null {
  const pathname = decodeURIComponent(new URL(path, 'http://site').pathname);
  const file = join(DIST, pathname);
  if (!file.startsWith(DIST)) return null;
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : null;
}

/** The bytes served at a site path; a missing file fails the test that asked for it, naming the path. */
export function readBuiltBytes(path: string): Buffer {
  const file = builtFile(path);
  if (!file) throw new Error(`${path} is not in the build (a host would answer 404)`);
  return readFileSync(file);
}

/** The text served at a site path. */
export function readBuilt(path: string): string {
  return readBuiltBytes(path).toString('utf8');
}

export type Attrs = Record<string, string>;

/** Every `<tag …>` of an HTML document with its attributes, `&amp;` decoded. */
export function tags(html: string, tag: string): Attrs[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'g'))].map(([element]) =>
    Object.fromEntries(
      [...element.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, k = '', v = '']) => [k, v.replaceAll('&amp;', '&')]),
    ),
  );
}
