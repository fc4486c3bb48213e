// @ts-check
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { buildSandboxSnapshot } from '../../playground/sandbox/buildSandboxSnapshot.ts';
import { listFsBundleFiles, stripFsBundle } from '../../playground/sandbox/stripFsBundle.ts';

const SANDBOX = new URL('../../playground/sandbox/', import.meta.url);
/** Where the files go; `loadBootFiles.ts` refers to them with `new URL('./assets/…', import.meta.url)`, so Vite serves and hashes them. */
const ASSETS = new URL('assets/', SANDBOX);
/** Sources whose change makes the files stale; PGlite's version counts too. */
const INPUTS = ['insforgeStandIns.ts', 'buildSandboxSnapshot.ts', 'stripFsBundle.ts'];

/**
 * Writes what a sandbox Worker boots from, gzipped (hosts differ in what they compress; the Worker
 * gunzips itself): PGlite's WebAssembly, its file-system bundle without what a snapshot boot never
 * opens, and the data directory with InsForge's stand-ins installed. Runs before `astro dev` and
 * `astro build`; skipped when the files match the current sources.
 * @returns {import('astro').AstroIntegration}
 */
export function sandboxAssets() {
  return {
    name: 'insforge:sandbox-assets',
    hooks: {
      'astro:config:setup': async ({ logger, updateConfig }) => {
        updateConfig({ vite: { worker: { plugins: () => [dropPgliteOwnFiles()] } } });
        const require = createRequire(import.meta.url);
        const dist = new URL('.', `file://${require.resolve('@electric-sql/pglite')}`);
        const { version } = JSON.parse(await readFile(new URL('../package.json', dist), 'utf8'));
        const sources = await Promise.all(INPUTS.map((name) => readFile(new URL(name, SANDBOX), 'utf8')));
        const key = createHash('sha256')
          .update(JSON.stringify([version, ...sources]))
          .digest('hex');
        const keyFile = new URL('build-key.txt', ASSETS);
        if ((await readFile(keyFile, 'utf8').catch(() => '')) === key) return;

        const started = performance.now();
        const [wasm, bundle, loaderScript, snapshot] = await Promise.all([
          readFile(new URL('pglite.wasm', dist)),
          readFile(new URL('pglite.data', dist)),
          readFile(new URL('pglite.js', dist), 'utf8'),
          buildSandboxSnapshot().then(async (blob) => new Uint8Array(await blob.arrayBuffer())),
        ]);
        const files = {
          'pglite.wasm.gz': wasm,
          'pglite.data.gz': stripFsBundle(bundle, listFsBundleFiles(loaderScript)),
          'pgdata.tar.gz': snapshot,
        };
        await mkdir(ASSETS, { recursive: true });
        const sizes = [];
        for (const [name, bytes] of Object.entries(files)) {
          const gzipped = gzipSync(bytes, { level: 9 });
          await writeFile(new URL(name, ASSETS), gzipped);
          sizes.push(`${name} ${(gzipped.length / 1e6).toFixed(2)} MB`);
        }
        await writeFile(keyFile, key);
        logger.info(`sandbox files written in ${Math.round(performance.now() - started)} ms: ${sizes.join(', ')}`);
      },
    },
  };
}

/**
 * PGlite's module names its own WebAssembly and file bundles with `new URL(…, import.meta.url)`, so
 * Vite copies them (15 MB, uncompressed) next to the Worker. The Worker hands PGlite the gzipped files
 * above instead, so those copies are never fetched: leave them out of the build.
 * @returns {import('vite').Plugin}
 */
function dropPgliteOwnFiles() {
  return {
    name: 'insforge:drop-pglite-own-files',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const [fileName, output] of Object.entries(bundle)) {
        const fromPglite =
          output.type === 'asset' && output.originalFileNames.some((name) => name.includes('@electric-sql/pglite'));
        if (fromPglite) delete bundle[fileName];
      }
    },
  };
}
