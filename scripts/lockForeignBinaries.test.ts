import { expect, test } from 'vitest';
import { addForeignBinaries, missingOptionals, platformOf } from './lockForeignBinaries.mjs';

test.each([
  ['@biomejs/cli-win32-x64', { os: 'win32', cpu: 'x64', libc: undefined }],
  ['@pagefind/windows-arm64', { os: 'win32', cpu: 'arm64', libc: undefined }],
  ['@biomejs/cli-linux-x64-musl', { os: 'linux', cpu: 'x64', libc: 'musl' }],
  ['@astrojs/compiler-binding-linux-arm64-gnu', { os: 'linux', cpu: 'arm64', libc: 'glibc' }],
  ['@astrojs/compiler-binding-wasm32-wasi', { os: undefined, cpu: 'wasm32', libc: undefined }],
  ['@pagefind/darwin-x64', { os: 'darwin', cpu: 'x64', libc: undefined }],
])('platformOf(%s)', (name, platform) => {
  expect(platformOf(name)).toEqual(platform);
});

test('addForeignBinaries: tags the missing entry with its platform and leaves the rest', () => {
  const lock = {
    packages: {
      '': { devDependencies: { tool: '^1' } },
      'node_modules/tool': {
        version: '1.0.0',
        dev: true,
        optionalDependencies: { '@tool/cli-win32-x64': '1.0.0', '@tool/cli-linux-x64': '1.0.0' },
      },
      'node_modules/@tool/cli-linux-x64': { version: '1.0.0', dev: true, optional: true, os: ['linux'], cpu: ['x64'] },
    },
  };
  expect(addForeignBinaries(lock)).toEqual(['@tool/cli-win32-x64@1.0.0']);
  expect(lock.packages['node_modules/@tool/cli-win32-x64' as keyof typeof lock.packages]).toEqual({
    version: '1.0.0',
    dev: true,
    optional: true,
    os: ['win32'],
    cpu: ['x64'],
  });
  expect(missingOptionals(lock).size).toBe(0);
});

test('error: a missing package that is not a platform binary is reported, not papered over', () => {
  const lock = { packages: { '': {}, 'node_modules/a': { version: '1.0.0', optionalDependencies: { b: '1.0.0' } } } };
  expect(() => addForeignBinaries(lock)).toThrow(/b@1.0.0 is missing/);
});
