import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { missingOptionals } from '../../scripts/lockForeignBinaries.mjs';

test('package-lock.json lists every optional platform binary, so `npm ci` accepts it', () => {
  const lock = JSON.parse(readFileSync(join(import.meta.dirname, '../../package-lock.json'), 'utf8'));
  // If this fails after `npm install`, run `npm run lock:foreign-binaries`.
  expect([...missingOptionals(lock).keys()]).toEqual([]);
});
