import { expect, test } from 'vitest';
import { OKX_HMAC_VECTOR } from '../../../tests/fixtures/x402Vectors.ts';
import { okxAuthHeaders, signOkxRequest, verifyOkxSignature } from './signOkxRequest.ts';

const { secretKey, sign, ...request } = OKX_HMAC_VECTOR;

test('default: reproduces the OK-ACCESS-SIGN vector', async () => {
  expect(await signOkxRequest(secretKey, request)).toBe(sign);
  // The method is signed upper-case whatever the caller wrote.
  expect(await signOkxRequest(secretKey, { ...request, method: 'post' })).toBe(sign);
});

test('default: the vector verifies', async () => {
  expect(await verifyOkxSignature(secretKey, request, sign)).toBe(true);
});

test.each([
  ['another secret', 'test-secret-2', request, sign],
  // One byte of body whitespace changes everything: sign the exact text you send.
  ['a reformatted body', secretKey, { ...request, body: request.body.replace(',', ', ') }, sign],
  ['another path', secretKey, { ...request, requestPath: '/api/v6/x402/settle' }, sign],
  ['another timestamp', secretKey, { ...request, timestamp: '2026-01-01T00:00:01.000Z' }, sign],
  ['a signature that is not base64', secretKey, request, 'not base64!'],
  ['an empty signature', secretKey, request, ''],
])('behavior: %s does not verify', async (_label, secret, signed, candidate) => {
  expect(await verifyOkxSignature(secret, signed, candidate)).toBe(false);
});

test('behavior: okxAuthHeaders stamps the timestamp it signs', async () => {
  const headers = await okxAuthHeaders(
    { apiKey: 'key-1', secretKey, passphrase: 'pass-1' },
    { method: 'POST', requestPath: request.requestPath, body: request.body },
    new Date(request.timestamp),
  );
  expect(headers).toEqual({
    'OK-ACCESS-KEY': 'key-1',
    'OK-ACCESS-SIGN': sign,
    'OK-ACCESS-PASSPHRASE': 'pass-1',
    'OK-ACCESS-TIMESTAMP': '2026-01-01T00:00:00.000Z',
  });
});
