// @ts-check
/**
 * `npm run lock:foreign-binaries` — adds lockfile entries for platform-specific optional packages
 * (`@biomejs/cli-win32-x64`, `@pagefind/darwin-arm64`, …) that this machine's npm registry mirror
 * does not carry. `npm install` then leaves them out of package-lock.json, and `npm ci` refuses
 * a lockfile that misses an optional dependency. Each entry names its platform (`os`/`cpu`/
 * `libc`), so npm skips it here and would fetch it on a machine where it belongs.
 * Run it after any `npm install` that changes a lockfile (the project's, or the guide apps' in
 * `tests/guide-apps/`); `npm test` checks it was.
 */
import { readFileSync, writeFileSync } from 'node:fs';

/** The project's lockfile and the guide apps' test workspace's. */
export const LOCKFILES = [
  new URL('../package-lock.json', import.meta.url),
  new URL('../tests/guide-apps/package-lock.json', import.meta.url),
];

/** The platform a binary package is for, from its name. @param {string} name */
export function platformOf(name) {
  const os = ['win32', 'darwin', 'linux', 'android', 'freebsd', 'openbsd', 'sunos', 'aix'].find((o) =>
    new RegExp(`[-/]${o === 'win32' ? 'win(32|dows)?' : o}(-|$)`).test(name),
  );
  const cpu = ['arm64', 'x64', 'ia32', 'arm', 'wasm32', 'ppc64', 's390x', 'riscv64', 'loong64'].find((c) =>
    new RegExp(`-${c}(-|$)`).test(name),
  );
  const libc = /-musl(-|$)/.test(name) ? 'musl' : /-gnu(-|$)/.test(name) ? 'glibc' : undefined;
  return { os, cpu, libc };
}

/** Optional dependencies named in the lockfile that have no entry of their own. @param {any} lock */
export function missingOptionals(lock) {
  /** @type {Map<string, { version: string, dev: boolean }>} */
  const missing = new Map();
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
      const base = path ? `${path}/node_modules/${name}` : `node_modules/${name}`;
      if (lock.packages[base] || lock.packages[`node_modules/${name}`]) continue;
      missing.set(`node_modules/${name}`, { version: String(version), dev: entry.dev === true });
    }
  }
  return missing;
}

/** Adds a platform-tagged entry for each missing optional dependency. @param {any} lock */
export function addForeignBinaries(lock) {
  const added = [];
  for (const [path, { version, dev }] of missingOptionals(lock)) {
    const name = path.slice('node_modules/'.length);
    const { os, cpu, libc } = platformOf(name);
    if (!os && !cpu) throw new Error(`${name}@${version} is missing from the lockfile and is not a platform binary`);
    lock.packages[path] = {
      version,
      ...(dev ? { dev: true } : {}),
      optional: true,
      ...(os ? { os: [os] } : {}),
      ...(cpu ? { cpu: [cpu] } : {}),
      ...(libc ? { libc: [libc] } : {}),
    };
    added.push(`${name}@${version}`);
  }
  lock.packages = Object.fromEntries(
    Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
  );
  return added;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const file of LOCKFILES) {
    const lock = JSON.parse(readFileSync(file, 'utf8'));
    const added = addForeignBinaries(lock);
    writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
    const where = file.pathname.slice(new URL('..', import.meta.url).pathname.length);
    console.log(
      added.length
        ? `${where}: locked ${added.length} foreign platform binaries:\n  ${added.join('\n  ')}`
        : `${where}: nothing to add.`,
    );
  }
}
