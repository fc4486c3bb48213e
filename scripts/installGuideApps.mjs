// @ts-check
/**
 * `npm run guides:install` — installs the test workspace `tests/guide-apps/`: the exact versions of
 * Next.js, React and each provider SDK that the content tests compile the guides' code against.
 * `npm test` runs it. A stamp of the workspace's package.json and lockfile is kept in its
 * node_modules, so a second run with nothing changed returns at once, and a changed version reinstalls.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const WORKSPACE = new URL('../tests/guide-apps/', import.meta.url);
const STAMP = new URL('node_modules/.guide-apps-stamp', WORKSPACE);

const manifests = ['package.json', 'package-lock.json'].map((f) => readFileSync(new URL(f, WORKSPACE)));
const stamp = createHash('sha256').update(Buffer.concat(manifests)).digest('hex');

if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === stamp) {
  console.log('tests/guide-apps: installed, nothing changed.');
} else {
  // Only types are read: no install scripts, and no optional platform binaries (Next.js's compiler, sharp).
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts', '--omit=optional'], {
    cwd: WORKSPACE,
    stdio: 'inherit',
  });
  writeFileSync(STAMP, stamp);
}
