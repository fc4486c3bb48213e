import { jsonResponse } from './parseJsonBody.ts';

/**
 * Why a POST must be refused before it runs, or `null` to let it run. Every POST here changes or
 * checks money, and any web page the reader visits can send a "simple" cross-site POST (`text/plain`,
 * no preflight) to a server on localhost. Browsers always attach `Origin` to a POST, so a page whose
 * origin is not allowed is refused outright; and only JSON is read, because a JSON POST from another
 * site needs a preflight, which this server answers only for allowed origins. A request without
 * `Origin` comes from a program (curl, an SDK, a server), not a page, and goes on.
 *
 * @example
 * const refused = refuseUnsafePost(request, (origin) => origin === 'http://localhost:3000');
 * if (refused) return refused;
 */
export function refuseUnsafePost(request: Request, isAllowedOrigin: (origin: string) => boolean): Response | null {
  if (request.method !== 'POST') return null;
  const origin = request.headers.get('Origin');
  if (origin !== null && !isAllowedOrigin(origin)) {
    return jsonResponse(403, {
      error: 'origin_not_allowed',
      message: `Requests from the page at ${origin} are refused. If that is your app, start the facilitator with --allow-origin ${origin}.`,
    });
  }
  const mediaType = request.headers.get('Content-Type')?.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') {
    return jsonResponse(415, {
      error: 'unsupported_media_type',
      message: 'Send the body as JSON, with the header Content-Type: application/json.',
    });
  }
  return null;
}
