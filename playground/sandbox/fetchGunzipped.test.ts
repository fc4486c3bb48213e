import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { fetchGunzipped, gunzipIfGzipped } from './fetchGunzipped.ts';

const text = 'create role anon nologin;\n'.repeat(2000);
const bytes = new TextEncoder().encode(text);

/** A stream that hands `data` over in small chunks, as a network body does. */
function chunked(data: Uint8Array, size = 1000): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= data.length) return controller.close();
      controller.enqueue(data.subarray(offset, offset + size));
      offset += size;
    },
  });
}

test('behavior: a gzip stream comes out decompressed', async () => {
  const out = await new Response(await gunzipIfGzipped(chunked(gzipSync(bytes)))).text();
  expect(out).toBe(text);
});

test('behavior: bytes a host already gunzipped pass through unchanged', async () => {
  const out = await new Response(await gunzipIfGzipped(chunked(bytes))).text();
  expect(out).toBe(text);
});

test('behavior: an empty body stays empty', async () => {
  const out = await new Response(await gunzipIfGzipped(chunked(new Uint8Array()))).arrayBuffer();
  expect(out.byteLength).toBe(0);
});

test('default: fetchGunzipped answers with the content type given', async () => {
  const fetcher = (async () => new Response(gzipSync(bytes))) as typeof fetch;
  const response = await fetchGunzipped('https://example.test/x.gz', 'application/wasm', fetcher);
  expect(response.headers.get('content-type')).toBe('application/wasm');
  expect(await response.text()).toBe(text);
});

test('error: a missing file rejects with its status', async () => {
  const fetcher = (async () => new Response('not here', { status: 404 })) as typeof fetch;
  await expect(fetchGunzipped('https://example.test/x.gz', undefined, fetcher)).rejects.toThrow('HTTP 404');
});
