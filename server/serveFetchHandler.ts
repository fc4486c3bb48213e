import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ServeOptions {
  /** Default 127.0.0.1: the mock is for this machine only. */
  host?: string;
  /** 0 picks a free port (tests). */
  port?: number;
  /** Larger bodies get 413 before the handler sees them; default 64 KiB. */
  bodyLimitBytes?: number;
  /** One line per request: method, path, status, milliseconds. Default `console.log`. */
  log?: (line: string) => void;
}

export interface RunningServer {
  /** `http://host:port`, with the port actually bound. */
  url: string;
  server: Server;
  close(): Promise<void>;
}

export const DEFAULT_BODY_LIMIT_BYTES = 64 * 1024;

type Outcome = { body: Buffer } | { tooLarge: true };

/**
 * Reads the body up to `limit` bytes. A body declared larger is refused unread; a chunked one is cut off
 * the moment it passes the limit, so a client cannot keep the server reading (the 413 closes the connection).
 */
function readBody(request: IncomingMessage, limit: number): Promise<Outcome> {
  const declared = Number(request.headers['content-length'] ?? 0);
  return new Promise((resolve, reject) => {
    if (declared > limit) {
      resolve({ tooLarge: true });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.off('data', onData);
        request.pause();
        resolve({ tooLarge: true });
        return;
      }
      chunks.push(chunk);
    };
    request.on('data', onData);
    request.on('end', () => resolve({ body: Buffer.concat(chunks) }));
    request.on('error', reject);
  });
}

function toHeaders(request: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, item);
  }
  return headers;
}

function writeJson(response: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  response.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...extra });
  response.end(JSON.stringify(body));
}

/**
 * Serves a fetch-style handler over Node's `http`: converts each request to a `Request` (body capped
 * at `bodyLimitBytes`, 413 beyond), writes the `Response` back, answers 500 if the handler throws,
 * and logs one line per request — never a header value or a body.
 *
 * @example
 * const running = await serveFetchHandler(createFacilitatorApp(options), { port: 4402 });
 * console.log(`listening on ${running.url}`);
 * await running.close();
 */
export async function serveFetchHandler(
  handler: (request: Request) => Promise<Response>,
  { host = '127.0.0.1', port = 4402, bodyLimitBytes = DEFAULT_BODY_LIMIT_BYTES, log = console.log }: ServeOptions = {},
): Promise<RunningServer> {
  const server = createServer(async (request, response) => {
    const started = performance.now();
    const method = request.method ?? 'GET';
    let path = '?';
    const done = () => log(`${method} ${path} ${response.statusCode} ${Math.round(performance.now() - started)}ms`);
    response.on('finish', done);
    try {
      const url = new URL(request.url ?? '/', `http://${request.headers.host ?? `${host}:${port}`}`);
      path = url.pathname;
      const read = await readBody(request, bodyLimitBytes);
      if ('tooLarge' in read) {
        writeJson(response, 413, { error: 'payload_too_large', limitBytes: bodyLimitBytes }, { Connection: 'close' });
        return;
      }
      const hasBody = method !== 'GET' && method !== 'HEAD';
      const answer = await handler(
        new Request(url, {
          method,
          headers: toHeaders(request),
          body: hasBody ? new Uint8Array(read.body) : undefined,
        }),
      );
      response.writeHead(answer.status, Object.fromEntries(answer.headers));
      response.end(Buffer.from(await answer.arrayBuffer()));
    } catch (error) {
      if (response.headersSent) {
        response.destroy();
        return;
      }
      // A Host header no URL can be built from is the client's fault; anything else is ours.
      const badHost = error instanceof TypeError && path === '?';
      writeJson(response, badHost ? 400 : 500, { error: badHost ? 'invalid_request' : 'internal_error' });
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const bound = server.address() as AddressInfo;
  const shownHost = bound.family === 'IPv6' ? `[${bound.address}]` : bound.address;
  return {
    url: `http://${shownHost}:${bound.port}`,
    server,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
