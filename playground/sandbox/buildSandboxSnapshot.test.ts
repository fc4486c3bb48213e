import { PGlite } from '@electric-sql/pglite';
import { beforeAll, expect, test } from 'vitest';
import { buildSandboxSnapshot } from './buildSandboxSnapshot.ts';

/** Each file of an uncompressed tar: its path and body. */
function untar(tar: Uint8Array): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const field = (header: Uint8Array, from: number, to: number) =>
    new TextDecoder().decode(header.subarray(from, to)).replace(/\0.*$/s, '');
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const prefix = field(header, 345, 500);
    const name = `${prefix ? `${prefix}/` : ''}${field(header, 0, 100)}`;
    const size = Number.parseInt(field(header, 124, 136).trim() || '0', 8);
    files.set(name, tar.subarray(offset + 512, offset + 512 + size));
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

let snapshot: Blob;
let files: Map<string, Uint8Array>;
beforeAll(async () => {
  snapshot = await buildSandboxSnapshot();
  files = untar(new Uint8Array(await snapshot.arrayBuffer()));
});

test('default: one database is left, and the kept WAL segment is cut to its first page', () => {
  const databases = new Set([...files.keys()].flatMap((name) => /(?:^|\/)base\/(\d+)\//.exec(name)?.[1] ?? []));
  expect(databases.size).toBe(1);
  const wal = [...files].filter(([name]) => /pg_wal\/[0-9A-F]{24}$/.test(name));
  expect(wal).toHaveLength(1);
  const [, segment] = wal[0] ?? ['', new Uint8Array()];
  expect(segment.length).toBe(8192);
});

test('behavior: PGlite boots from it with the stand-ins and pgcrypto’s catalog entry, and no initdb', async () => {
  const db = await PGlite.create({ loadDataDir: snapshot });
  try {
    const { rows } = await db.query(
      `select current_database() as db, to_regprocedure('auth.jwt()') is not null as stand_ins,
              exists (select from pg_extension where extname = 'pgcrypto') as pgcrypto,
              current_setting('default_text_search_config') as fts, current_setting('shared_buffers') as buffers`,
    );
    expect(rows).toEqual([
      { db: 'postgres', stand_ins: true, pgcrypto: true, fts: 'pg_catalog.simple', buffers: '4MB' },
    ]);
    // Megabytes of WAL, far past the one page the snapshot kept, and a checkpoint: Postgres extends the segment.
    await db.exec(`create table filler as select repeat('x', 400) as t from generate_series(1, 20000);
                   checkpoint; insert into filler select t from filler;`);
    expect((await db.query('select count(*)::int as n from filler')).rows).toEqual([{ n: 40_000 }]);
  } finally {
    await db.close();
  }
});
