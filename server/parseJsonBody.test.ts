import { expect, test } from 'vitest';
import { jsonResponse, parseJsonBody } from './parseJsonBody.ts';

test.each([
  ['an object', '{"a":1}', { ok: true, value: { a: 1 } }],
  ['malformed JSON', '{"a":', { ok: false, problem: 'invalid_json' }],
  ['an empty body', '', { ok: false, problem: 'invalid_json' }],
  ['an array', '[1]', { ok: false, problem: 'not_an_object' }],
  ['null', 'null', { ok: false, problem: 'not_an_object' }],
])('behavior: %s', (_label, text, result) => {
  expect(parseJsonBody(text)).toEqual(result);
});

test('default: JSON responses are typed and never cached', async () => {
  const response = jsonResponse(418, { teapot: true }, { 'X-Extra': '1' });
  expect(response.status).toBe(418);
  expect(response.headers.get('Content-Type')).toBe('application/json');
  expect(response.headers.get('Cache-Control')).toBe('no-store');
  expect(response.headers.get('X-Extra')).toBe('1');
  expect(await response.json()).toEqual({ teapot: true });
});
