import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const DIST = join(import.meta.dirname, '../../dist');

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
