import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** A built page, by the path a reader asks for (`/auth/clerk/`, `/404.html`), with its `<meta>` policy. */
export interface PagePolicy {
  route: string;
  /** The file under the build directory, `/auth/clerk/index.html`. */
  file: string;
  policy: string;
}

const META_POLICY = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/;

/** Every HTML page of a build with the policy its `<meta>` carries; a page without one is an error. */
export async function readPagePolicies(root: string): Promise<PagePolicy[]> {
  const pages: PagePolicy[] = [];
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const absolute = join(entry.parentPath, entry.name);
    const file = `/${relative(root, absolute).split(sep).join('/')}`;
    const policy = META_POLICY.exec(await readFile(absolute, 'utf8'))?.[1];
    if (policy === undefined) throw new Error(`${file} has no Content-Security-Policy <meta>`);
    pages.push({ route: routeOf(file), file, policy });
  }
  return pages.sort((a, b) => a.route.localeCompare(b.route));
}

/**
 * The path a reader asks for to get a file or page: `/auth/clerk/index.html` and `/auth/clerk` are
 * both `/auth/clerk/`; anything with an extension is itself.
 */
export function routeOf(pathname: string): string {
  if (pathname.endsWith('/index.html')) return pathname.slice(0, -'index.html'.length);
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  return last === '' || last.includes('.') ? pathname : `${pathname}/`;
}
