import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from 'vitest';
import { type FsBundleFile, listFsBundleFiles, stripFsBundle, UNUSED_BUNDLE_FILES } from './stripFsBundle.ts';

const files: FsBundleFile[] = [
  { name: '/pglite/share/postgresql/postgres.bki', start: 0, end: 4 },
  { name: '/pglite/lib/postgresql/plpgsql.so', start: 4, end: 8 },
  { name: '/pglite/lib/postgresql/utf8_and_gb18030.so', start: 8, end: 12 },
];
const bundle = Uint8Array.from({ length: 12 }, (_, i) => i + 1);

test('behavior: unused files become zeros in place; the rest and the size stay', () => {
  const stripped = stripFsBundle(bundle, files);
  expect([...stripped]).toEqual([0, 0, 0, 0, 5, 6, 7, 8, 0, 0, 0, 0]);
  expect([...bundle].slice(0, 4)).toEqual([1, 2, 3, 4]);
});

test('error: a file list that does not fit the bundle is refused', () => {
  expect(() => stripFsBundle(bundle, [{ name: '/x', start: 8, end: 20 }])).toThrow('lies outside');
});

test('behavior: the installed PGlite’s loader lists its bundle; plpgsql and timezones stay, initdb’s files go', () => {
  const dist = new URL('.', `file://${createRequire(import.meta.url).resolve('@electric-sql/pglite')}`);
  const listed = listFsBundleFiles(readFileSync(new URL('pglite.js', dist), 'utf8'));
  const size = readFileSync(new URL('pglite.data', dist)).length;
  expect(listed.length).toBeGreaterThan(100);
  expect(Math.max(...listed.map((f) => f.end))).toBe(size);
  const unused = (name: string) => UNUSED_BUNDLE_FILES.some((pattern) => pattern.test(name));
  const names = listed.map((f) => f.name);
  for (const kept of ['plpgsql.so', 'timezone/Asia/Shanghai', 'timezonesets/Default']) {
    const file = names.find((name) => name.endsWith(kept));
    expect(file && !unused(file), kept).toBe(true);
  }
  for (const gone of ['postgres.bki', 'utf8_and_gb18030.so', 'dict_snowball.so']) {
    const file = names.find((name) => name.endsWith(gone));
    expect(file && unused(file), gone).toBe(true);
  }
});
