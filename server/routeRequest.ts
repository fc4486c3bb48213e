import { jsonResponse } from './parseJsonBody.ts';

/** Lower-case method names as route keys (upper-case keys holding functions read like React components to the linter). */
export type HttpMethod = 'get' | 'post';
export type RouteHandler = (request: Request) => Promise<Response>;
/** Path → method → handler. Paths are exact; the mock has no parameters in its paths. */
export type RouteTable = Record<string, Partial<Record<HttpMethod, RouteHandler>>>;

/**
 * Finds the handler for a request: 404 for an unknown path, 405 (with `Allow`) for a known path
 * and another method.
 *
 * @example
 * const response = await routeRequest({ '/supported': { get: supported } }, request);
 */
export async function routeRequest(table: RouteTable, request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  const methods = Object.hasOwn(table, pathname) ? table[pathname] : undefined;
  if (methods === undefined) return jsonResponse(404, { error: 'not_found', path: pathname });
  const method = request.method.toLowerCase();
  const handler = Object.hasOwn(methods, method) ? methods[method as HttpMethod] : undefined;
  if (handler === undefined) {
    const allow = Object.keys(methods)
      .map((method) => method.toUpperCase())
      .join(', ');
    return jsonResponse(405, { error: 'method_not_allowed', allow }, { Allow: allow });
  }
  return handler(request);
}
