import { expect, test } from 'vitest';
import { routeRequest } from './routeRequest.ts';

const table = {
  '/thing': { get: async () => new Response('got'), post: async () => new Response('posted') },
};

test.each([
  ['GET', 'http://x/thing', 200, 'got'],
  ['POST', 'http://x/thing', 200, 'posted'],
  // The query string does not take part in matching.
  ['GET', 'http://x/thing?a=1', 200, 'got'],
])('default: %s %s', async (method, url, status, text) => {
  const response = await routeRequest(table, new Request(url, { method }));
  expect(response.status).toBe(status);
  expect(await response.text()).toBe(text);
});

test.each([
  ['an unknown path', 'GET', 'http://x/other', 404, { error: 'not_found', path: '/other' }],
  // Inherited object keys are not routes.
  ['an inherited key', 'GET', 'http://x/constructor', 404, { error: 'not_found', path: '/constructor' }],
  ['a trailing slash', 'GET', 'http://x/thing/', 404, { error: 'not_found', path: '/thing/' }],
  // A method named like an object key is still just an unknown method.
  [
    'a method called CONSTRUCTOR',
    'CONSTRUCTOR',
    'http://x/thing',
    405,
    { error: 'method_not_allowed', allow: 'GET, POST' },
  ],
  ['another method', 'PUT', 'http://x/thing', 405, { error: 'method_not_allowed', allow: 'GET, POST' }],
])('error: %s', async (_label, method, url, status, body) => {
  const response = await routeRequest(table, new Request(url, { method }));
  expect(response.status).toBe(status);
  expect(await response.json()).toEqual(body);
  if (status === 405) expect(response.headers.get('Allow')).toBe('GET, POST');
});
