/** One file inside PGlite's file-system bundle (`pglite.data`): its path and byte range. */
export interface FsBundleFile {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Files a sandbox booted from a snapshot never opens, so the browser need not receive them:
 * - what only initdb reads (the bootstrap catalog, the SQL it runs, config samples);
 * - the extension build kit (`pgxs`) and the logical-replication libraries;
 * - encoding conversions, which a UTF-8 database talking to a UTF-8 client never loads;
 * - ICU data (the snapshot's collations are libc ones) and the Snowball stemmer (the snapshot's
 *   default text search configuration is `simple`).
 * Timezone data, `plpgsql` and the tsearch stop-word files stay.
 */
export const UNUSED_BUNDLE_FILES: readonly RegExp[] = [
  /\/share\/postgresql\/(postgres\.bki|information_schema\.sql|system_views\.sql|system_functions\.sql|system_constraints\.sql|snowball_create\.sql|sql_features\.txt|errcodes\.txt|[^/]+\.sample)$/,
  /\/lib\/postgresql\/pgxs\//,
  /\/lib\/postgresql\/(libpqwalreceiver|pgoutput)\.so$/,
  /\/lib\/postgresql\/[a-z0-9_]+_and_[a-z0-9_]+\.so$/,
  /\/lib\/postgresql\/euc2004_sjis2004\.so$/,
  /\/lib\/postgresql\/dict_snowball\.so$/,
  /\/icu\//,
];

/**
 * Reads the bundle's file list from PGlite's loader script (`pglite.js`), where Emscripten writes it
 * as `{filename:"…",start:…,end:…}` entries.
 *
 * @example
 * listFsBundleFiles(readFileSync(require.resolve('@electric-sql/pglite/dist/pglite.js'), 'utf8'));
 */
export function listFsBundleFiles(loaderScript: string): FsBundleFile[] {
  return Array.from(loaderScript.matchAll(/\{filename:"([^"]+)",start:(\d+),end:(\d+)/g), (match) => ({
    name: match[1] ?? '',
    start: Number(match[2]),
    end: Number(match[3]),
  }));
}

/**
 * A copy of `bundle` with every file matching `unused` filled with zeros. The loader script fixes each
 * file's offset, so the bundle keeps its size; the zeros cost almost nothing once gzipped.
 *
 * @throws {Error} when a file's range lies outside the bundle (the list belongs to another PGlite).
 * @example
 * const small = stripFsBundle(bundle, listFsBundleFiles(loaderScript));
 */
export function stripFsBundle(
  bundle: Uint8Array,
  files: readonly FsBundleFile[],
  unused: readonly RegExp[] = UNUSED_BUNDLE_FILES,
): Uint8Array<ArrayBuffer> {
  const stripped = new Uint8Array(bundle);
  for (const file of files) {
    if (file.start > file.end || file.end > bundle.length) {
      throw new Error(`${file.name} (${file.start}–${file.end}) lies outside a ${bundle.length}-byte bundle`);
    }
    if (unused.some((pattern) => pattern.test(file.name))) stripped.fill(0, file.start, file.end);
  }
  return stripped;
}
