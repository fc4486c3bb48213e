import { describe, expect, test } from 'vitest';
import { recordExchange, viewHeader } from './recordExchange.ts';

describe('viewHeader', () => {
  test.each([
    [
      'an x402 header is renamed to its spec spelling and decoded',
      'payment-required',
      'eyJ4NDAyVmVyc2lvbiI6Mn0=',
      {
        name: 'PAYMENT-REQUIRED',
        value: 'eyJ4NDAyVmVyc2lvbiI6Mn0=',
        decoded: { x402Version: 2 },
      },
    ],
    [
      'base64url is named, not guessed',
      'x-payment',
      'eyJ4-_',
      { name: 'X-PAYMENT', value: 'eyJ4-_', decodeError: 'invalid_base64' },
    ],
    [
      'other headers pass as they are',
      'content-type',
      'application/json',
      { name: 'content-type', value: 'application/json' },
    ],
  ])('behavior: %s', (_name, name, value, expected) => {
    expect(viewHeader(name, value)).toEqual(expected);
  });
});

describe('recordExchange', () => {
  test('default: records both sides and hands back an unread response', async () => {
    const handler = async () =>
      Response.json({ ok: true }, { status: 402, headers: { 'PAYMENT-RESPONSE': 'eyJ4NDAyVmVyc2lvbiI6Mn0=' } });
    const { exchange, response } = await recordExchange(handler, new Request('https://docs.example/api/premium?x=1'));
    expect(exchange).toMatchObject({
      method: 'GET',
      path: '/api/premium?x=1',
      status: 402,
      response: { body: { ok: true } },
    });
    expect(exchange.response.headers).toContainEqual(
      expect.objectContaining({ name: 'PAYMENT-RESPONSE', decoded: { x402Version: 2 } }),
    );
    expect(await response.json()).toEqual({ ok: true });
  });
});
