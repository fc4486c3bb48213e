import { fetchGunzipped } from './fetchGunzipped.ts';
import type { BootFiles } from './sandboxWorkerProtocol.ts';

let loading: Promise<BootFiles> | undefined;

/**
 * Downloads the gzipped files the build wrote (`src/integrations/sandboxAssets.mjs`), gunzips them as
 * they stream in, and compiles the WebAssembly (`compileStreaming`). The first sandbox Worker calls it,
 * so none of this work lands on the page's thread.
 *
 * @example
 * const { wasmModule, fsBundle, snapshot } = await loadBootFiles();
 */
export function loadBootFiles(): Promise<BootFiles> {
  loading ??= Promise.all([
    WebAssembly.compileStreaming(
      fetchGunzipped(new URL('./assets/pglite.wasm.gz', import.meta.url), 'application/wasm'),
    ),
    fetchGunzipped(new URL('./assets/pglite.data.gz', import.meta.url)).then((response) => response.blob()),
    fetchGunzipped(new URL('./assets/pgdata.tar.gz', import.meta.url)).then((response) => response.blob()),
  ]).then(
    ([wasmModule, fsBundle, snapshot]) => ({ wasmModule, fsBundle, snapshot }),
    (error: unknown) => {
      // A failed download (offline for a moment) is tried again by the next sandbox.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
