import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { LOCKFILES, missingOptionals } from '../../scripts/lockForeignBinaries.mjs';

test.each(LOCKFILES.map((url) => [relative(join(import.meta.dirname, '../..'), url.pathname), url] as const))(
  '%s lists every optional platform binary, so `npm ci` accepts it',
  (_, url) => {
    const lock = JSON.parse(readFileSync(url, 'utf8'));
    // If this fails after `npm install`, run `npm run lock:foreign-binaries`.
    expect([...missingOptionals(lock).keys()]).toEqual([]);
  },
);

test('the Node that installs, the Node that runs and the docs agree', () => {
  const root = join(import.meta.dirname, '../..');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
  const bundled: string = lock.packages['node_modules/node'].version;
  // `.node-version` (for nvm, fnm, Volta) names the Node the npm scripts run on.
  expect(readFileSync(join(root, '.node-version'), 'utf8').trim()).toBe(bundled);
  expect(Number(bundled.split('.')[0])).toBeGreaterThanOrEqual(Number(pkg.engines.node.match(/\d+/)[0]));
  // What a newcomer needs up front: the Node and npm that install everything else.
  expect(pkg.devEngines.runtime).toMatchObject({ name: 'node', version: '>=20' });
  expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain('Only Node 20 and npm are needed up front');
});
