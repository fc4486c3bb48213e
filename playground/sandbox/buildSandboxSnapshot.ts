import { PGlite } from '@electric-sql/pglite';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { INSFORGE_STAND_INS_SQL } from './insforgeStandIns.ts';

/**
 * Run one by one after the stand-ins, before the dump, to make the snapshot small and quick to boot:
 * - Postgres zero-fills its buffer pool at start-up: initdb's 128 MB cost ≈ 0.4 s per boot, and a
 *   sandbox's few small tables fit in 4 MB with room to spare.
 * - PGlite connects to `postgres`; the two template databases are ≈ 1 MB gzipped each and a sandbox
 *   never runs `create database`, so they go.
 * - With WAL recycling off, switching segments and checkpointing deletes the segment the install
 *   filled; the one left is fresh and zero-filled, so it compresses to almost nothing.
 * - The English stemmer (`dict_snowball`) is not shipped to the browser (see `stripFsBundle`), so
 *   full-text search defaults to the `simple` configuration, which needs no library.
 */
const COMPACTING_STATEMENTS = [
  `alter system set shared_buffers = '4MB'`,
  `alter system set default_text_search_config = 'pg_catalog.simple'`,
  `update pg_database set datistemplate = false where datname in ('template0', 'template1')`,
  'drop database template0',
  'drop database template1',
  'set wal_recycle = off',
  'select pg_switch_wal()',
  'checkpoint',
];

/**
 * Makes the data directory every sandbox starts from: Postgres after initdb, with InsForge's stand-ins
 * installed (pgcrypto too: its catalog entries let `create extension if not exists pgcrypto` succeed
 * without shipping the library), compacted, as an uncompressed tar (`PGlite`'s `loadDataDir` format).
 * Runs at build time (`src/integrations/sandboxAssets.mjs`) and once per Node test process; never in a
 * browser, so PGlite is imported statically (the build's config loader allows no later `import()`).
 *
 * @example
 * const snapshot = await buildSandboxSnapshot();
 * const db = await PGlite.create({ loadDataDir: snapshot });
 */
export async function buildSandboxSnapshot(): Promise<Blob> {
  const db = await PGlite.create({ extensions: { pgcrypto } });
  try {
    await db.exec(INSFORGE_STAND_INS_SQL);
    for (const statement of COMPACTING_STATEMENTS) await db.exec(statement);
    await trimWalSegments(db);
    return await db.dumpDataDir('none');
  } finally {
    await db.close();
  }
}

/** A WAL page: after the last checkpoint, all a fresh segment holds fits in its first one. */
const WAL_PAGE_BYTES = 8192;
/** WAL segment files are named by 24 hexadecimal digits (timeline, log, segment). */
const WAL_SEGMENT_NAME = /^[0-9A-F]{24}$/;

/**
 * After the last checkpoint the WAL segment left holds one record in its first page, then 16 MB of
 * zeros every boot would unpack. Postgres reads only that page at start-up and extends the file as it
 * writes, so a segment that is zeros past its first page is cut to that page.
 */
async function trimWalSegments(db: PGlite): Promise<void> {
  const { rows } = await db.query<{ dir: string }>(`select current_setting('data_directory') as dir`);
  const wal = `${rows[0]?.dir}/pg_wal`;
  const { FS } = db.Module;
  const segments: string[] = FS.readdir(wal).filter((entry: string) => WAL_SEGMENT_NAME.test(entry));
  for (const name of segments) {
    const path = `${wal}/${name}`;
    const rest: Uint8Array = FS.readFile(path).subarray(WAL_PAGE_BYTES);
    if (rest.every((byte) => byte === 0)) FS.truncate(path, WAL_PAGE_BYTES);
  }
}
