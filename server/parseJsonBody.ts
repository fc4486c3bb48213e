import { isJsonObject } from '../playground/x402/wire/shapeChecks.ts';
import type { JsonObject } from '../playground/x402/wire/x402Types.ts';

/** Why a request body is not a JSON object. */
export type JsonBodyProblem = 'invalid_json' | 'not_an_object';

/**
 * Parses a request body (already read, and size-capped by the Node adapter) as a JSON object.
 *
 * @example
 * const body = parseJsonBody(await request.text());
 * if (!body.ok) return jsonResponse(400, { error: body.problem });
 */
export function parseJsonBody(text: string): { ok: true; value: JsonObject } | { ok: false; problem: JsonBodyProblem } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'invalid_json' };
  }
  return isJsonObject(value) ? { ok: true, value } : { ok: false, problem: 'not_an_object' };
}

/**
 * A JSON response that no cache keeps (every answer of a facilitator is about one payment).
 *
 * @example
 * jsonResponse(404, { error: 'not_found' });
 */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers },
  });
}
