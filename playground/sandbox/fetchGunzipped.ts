/** The two bytes every gzip stream starts with (RFC 1952). */
const GZIP_MAGIC = [0x1f, 0x8b] as const;

/**
 * Fetches a file the build stored gzipped and answers with its decompressed bytes, whatever the host
 * did: most hosts send a `.gz` as is (it is gunzipped here, with `DecompressionStream`), some add
 * `Content-Encoding: gzip` (the browser has already gunzipped it; it passes through).
 *
 * @throws {Error} when the answer is not a 2xx with a body.
 * @example
 * const module = await WebAssembly.compileStreaming(fetchGunzipped(wasmUrl, 'application/wasm'));
 */
export async function fetchGunzipped(
  url: URL | string,
  contentType = 'application/octet-stream',
  fetcher: typeof fetch = fetch,
): Promise<Response> {
  const response = await fetcher(url);
  if (!response.ok || !response.body) throw new Error(`${url} answered HTTP ${response.status}`);
  return new Response(await gunzipIfGzipped(response.body), { headers: { 'content-type': contentType } });
}

/**
 * `body` decompressed when it starts like a gzip stream, unchanged otherwise; read as it streams.
 *
 * @example
 * await new Response(await gunzipIfGzipped(new Blob([gzipped]).stream())).text();
 */
export async function gunzipIfGzipped(body: ReadableStream<Uint8Array>): Promise<ReadableStream<Uint8Array>> {
  const reader = body.getReader();
  const first = await reader.read();
  const whole = new ReadableStream<Uint8Array>({
    start(controller) {
      if (first.done) controller.close();
      else controller.enqueue(first.value);
    },
    async pull(controller) {
      const next = await reader.read();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
  const gzipped = !first.done && GZIP_MAGIC.every((byte, i) => first.value[i] === byte);
  return gzipped
    ? whole.pipeThrough(new DecompressionStream('gzip') as ReadableWritablePair<Uint8Array, Uint8Array>)
    : whole;
}
