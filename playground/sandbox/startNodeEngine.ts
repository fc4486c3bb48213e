import { buildSandboxSnapshot } from './buildSandboxSnapshot.ts';
import { createPgliteEngine } from './createPgliteEngine.ts';
import type { StartEngine } from './sandboxEngine.ts';
import { listFsBundleFiles, stripFsBundle } from './stripFsBundle.ts';

interface BootFiles {
  readonly fsBundle: Blob;
  readonly snapshot: Blob;
}

/** Built once per process: the snapshot and the stripped bundle the browser gets, so tests run what ships. */
let bootFiles: Promise<BootFiles> | undefined;

/**
 * Outside a browser (the Node tests), PGlite runs in this thread, booted from the same snapshot and
 * stripped file-system bundle as the browser's Worker. Node modules are reached through
 * `process.getBuiltinModule`, so no browser bundle ever resolves them.
 */
export const startNodeEngine: StartEngine = async (report) => {
  report('downloading');
  bootFiles ??= readBootFiles().catch((error: unknown) => {
    bootFiles = undefined;
    throw error;
  });
  const { fsBundle, snapshot } = await bootFiles;
  report('starting');
  const { PGlite } = await import('@electric-sql/pglite');
  return createPgliteEngine(await PGlite.create({ fsBundle, loadDataDir: snapshot }));
};

async function readBootFiles(): Promise<BootFiles> {
  const { readFile } = process.getBuiltinModule('node:fs/promises');
  const { createRequire } = process.getBuiltinModule('node:module');
  const dist = new URL('.', `file://${createRequire(import.meta.url).resolve('@electric-sql/pglite')}`);
  const [loaderScript, bundle, snapshot] = await Promise.all([
    readFile(new URL('pglite.js', dist), 'utf8'),
    readFile(new URL('pglite.data', dist)),
    buildSandboxSnapshot(),
  ]);
  return { fsBundle: new Blob([stripFsBundle(bundle, listFsBundleFiles(loaderScript))]), snapshot };
}
