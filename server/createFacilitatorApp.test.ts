import { privateKeyToAccount } from 'viem/accounts';
import { describe, expect, test } from 'vitest';
import { PLAYGROUND_USDG, USDG } from '../playground/catalog/chains.ts';
import { createMockFacilitator } from '../playground/x402/facilitator/createMockFacilitator.ts';
import { buildPaymentRequirements } from '../playground/x402/server/buildPaymentRequired.ts';
import { createPaymentPayload } from '../tests/fixtures/createPaymentPayload.ts';
import { ANVIL_ACCOUNT_0, ANVIL_ACCOUNT_1_ADDRESS, SIGNATURE_VECTOR } from '../tests/fixtures/x402Vectors.ts';
import { createFacilitatorApp, type FacilitatorAppOptions } from './createFacilitatorApp.ts';

const BASE = 'http://127.0.0.1:4402';
const NOW = 1_800_000_000;
const account = privateKeyToAccount(ANVIL_ACCOUNT_0.privateKey);
const v1Payment = { x402Version: 1, scheme: 'exact', network: 'eip155:196', payload: SIGNATURE_VECTOR };
const requirements = buildPaymentRequirements({ url: `${BASE}/api/premium`, payTo: ANVIL_ACCOUNT_1_ADDRESS });

function app(options: Partial<FacilitatorAppOptions> = {}) {
  return createFacilitatorApp({
    facilitator: createMockFacilitator({ now: () => NOW }),
    merchant: { payTo: ANVIL_ACCOUNT_1_ADDRESS, token: PLAYGROUND_USDG },
    log: () => {},
    ...options,
  });
}

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  new Request(`${BASE}${path}`, {
    method: 'POST',
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', ...headers },
  });

async function paymentPayload() {
  return createPaymentPayload(
    { x402Version: 2, resource: { url: `${BASE}/api/premium` }, accepts: [requirements] },
    account,
    {
      now: NOW,
    },
  );
}

describe('standard facilitator routes', () => {
  test('default: POST /verify then /settle in the standard shape', async () => {
    const server = app();
    const body = { x402Version: 2, paymentPayload: await paymentPayload(), paymentRequirements: requirements };
    expect(await (await server(post('/verify', body))).json()).toEqual({
      isValid: true,
      payer: ANVIL_ACCOUNT_0.address,
    });
    expect(await (await server(post('/settle', body))).json()).toMatchObject({
      success: true,
      network: 'eip155:196',
      payer: ANVIL_ACCOUNT_0.address,
    });
    // Settled through /settle, so the same authorization is now spent for /verify too.
    expect(await (await server(post('/verify', body))).json()).toMatchObject({
      isValid: false,
      invalidReason: 'invalid_exact_evm_nonce_already_used',
    });
  });

  test('default: GET /supported lists exact on eip155:196', async () => {
    const answer = await (await app()(new Request(`${BASE}/supported`))).json();
    expect(answer.kinds).toContainEqual({ x402Version: 2, scheme: 'exact', network: 'eip155:196' });
  });

  test('default: GET / lists every route', async () => {
    const answer = await (await app()(new Request(`${BASE}/`))).json();
    expect(answer.routes).toEqual(
      expect.arrayContaining([
        'GET /supported',
        'POST /verify',
        'POST /faucet',
        'GET /api/premium',
        'POST /api/v6/x402/settle',
      ]),
    );
  });

  test.each([
    ['malformed JSON', '{"paymentPayload":', { error: 'invalid_json' }],
    ['a JSON string', '"hello"', { error: 'not_an_object' }],
    ['no paymentPayload', { paymentRequirements: requirements }, { error: 'invalid_shape', field: 'paymentPayload' }],
    // x402Version 1 payment without its network.
    [
      'a payment with no network',
      { paymentPayload: { ...v1Payment, network: undefined }, paymentRequirements: requirements },
      { error: 'invalid_shape', field: 'paymentPayload.network' },
    ],
    [
      'a number as paymentPayload',
      { paymentPayload: 42, paymentRequirements: requirements },
      { error: 'invalid_shape', field: 'paymentPayload' },
    ],
    [
      'a decimal amount in the requirements',
      { paymentPayload: v1Payment, paymentRequirements: { ...requirements, amount: '0.1' } },
      { error: 'invalid_shape', field: 'paymentRequirements.amount' },
    ],
  ])('error: %s is 400 with a reason', async (_label, body, answer) => {
    for (const path of ['/verify', '/settle']) {
      const response = await app()(post(path, body));
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject(answer);
    }
  });
});

describe('faucet', () => {
  test("default: tops up the merchant's token and answers the balance", async () => {
    const response = await app()(post('/faucet', { address: ANVIL_ACCOUNT_0.address, amount: '2500000' }));
    expect(await response.json()).toEqual({
      address: ANVIL_ACCOUNT_0.address,
      asset: PLAYGROUND_USDG.address,
      balance: '102500000',
      formatted: '102.5 USDG',
    });
  });

  test('behavior: a number amount and another known asset work', async () => {
    const response = await app()(post('/faucet', { address: ANVIL_ACCOUNT_0.address, amount: 1, asset: USDG.address }));
    expect(await response.json()).toMatchObject({ asset: USDG.address, balance: '100000001' });
  });

  test.each([
    ['no address', {}, 'invalid_address'],
    ['an XKO address', { address: 'XKO70997970c51812dc3a010c7d01b50e0d17dc79c8' }, 'invalid_address'],
    ['a decimal amount', { address: ANVIL_ACCOUNT_0.address, amount: '1.5' }, 'invalid_amount'],
    ['a boolean amount', { address: ANVIL_ACCOUNT_0.address, amount: true }, 'invalid_amount'],
    ['a negative amount', { address: ANVIL_ACCOUNT_0.address, amount: -5 }, 'invalid_amount'],
    ['an amount past uint256', { address: ANVIL_ACCOUNT_0.address, amount: (2n ** 256n).toString() }, 'invalid_amount'],
    [
      'a top-up the balance could not hold',
      { address: ANVIL_ACCOUNT_0.address, amount: (2n ** 256n - 1n).toString() },
      'invalid_amount',
    ],
    [
      'an unknown asset',
      { address: ANVIL_ACCOUNT_0.address, asset: '0x1234567890123456789012345678901234567890' },
      'unknown_asset',
    ],
  ])('error: %s', async (_label, body, error) => {
    const response = await app()(post('/faucet', body));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error, message: expect.any(String) });
  });

  test('error: a price past uint256 in the requirements is a 400 that names the field', async () => {
    const body = {
      x402Version: 2,
      paymentPayload: await paymentPayload(),
      paymentRequirements: { ...requirements, amount: (2n ** 256n).toString() },
    };
    const response = await app()(post('/verify', body));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: 'invalid_shape',
      field: 'paymentRequirements.amount',
      message: expect.stringContaining('uint256'),
    });
  });
});

describe('what a web page may make it do', () => {
  const TOP_UP = { address: ANVIL_ACCOUNT_0.address, amount: '5000000' };
  /** A POST as a browser sends it for `fetch(url, { method: 'POST', body })` from a page at `origin`. */
  const pagePost = (path: string, origin: string | null, contentType: string) =>
    new Request(`${BASE}${path}`, {
      method: 'POST',
      body: JSON.stringify(TOP_UP),
      headers: { 'Content-Type': contentType, ...(origin === null ? {} : { Origin: origin }) },
    });

  test('error: a cross-site text/plain POST to /faucet is refused and moves no balance', async () => {
    const facilitator = createMockFacilitator({ now: () => NOW });
    const server = app({ facilitator });
    const response = await server(pagePost('/faucet', 'https://evil.example', 'text/plain;charset=UTF-8'));
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({
      error: 'origin_not_allowed',
      message: expect.stringContaining('--allow-origin https://evil.example'),
    });
    expect(facilitator.balanceOf(ANVIL_ACCOUNT_0.address)).toBe(100_000_000n);
  });

  test.each(['/faucet', '/verify', '/settle', '/api/v6/x402/settle', '/api/v6/pay/x402/verify'])(
    'error: a POST to %s from a foreign page is refused, whatever its content type',
    async (path) => {
      const response = await app()(pagePost(path, 'https://evil.example', 'application/json'));
      expect(response.status).toBe(403);
    },
  );

  test.each([
    ['a page on localhost', 'http://localhost:3000'],
    ['a program (no Origin)', null],
  ])('error: a text/plain POST from %s is 415 and moves no balance', async (_label, origin) => {
    const facilitator = createMockFacilitator({ now: () => NOW });
    const response = await app({ facilitator })(pagePost('/faucet', origin, 'text/plain'));
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ error: 'unsupported_media_type', message: expect.any(String) });
    expect(facilitator.balanceOf(ANVIL_ACCOUNT_0.address)).toBe(100_000_000n);
  });

  test.each([
    ['a page on localhost', 'http://localhost:3000', {}],
    ['a program (no Origin)', null, {}],
    ['an origin passed with --allow-origin', 'https://docs.example', { allowedOrigins: ['https://docs.example'] }],
  ])('default: a JSON POST from %s tops up', async (_label, origin, options) => {
    const response = await app(options)(pagePost('/faucet', origin, 'application/json; charset=utf-8'));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ balance: '105000000' });
  });
});

describe('routing and CORS', () => {
  test.each([
    ['an unknown path', new Request(`${BASE}/nope`), 404, { error: 'not_found' }],
    ['the wrong method', new Request(`${BASE}/verify`), 405, { error: 'method_not_allowed', allow: 'POST' }],
    ['POST to the paid endpoint', post('/api/premium', {}), 405, { error: 'method_not_allowed', allow: 'GET' }],
  ])('error: %s', async (_label, request, status, body) => {
    const response = await app()(request);
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual(expect.objectContaining(body));
  });

  test('default: a preflight from another localhost port may send the payment headers', async () => {
    const response = await app()(
      new Request(`${BASE}/api/premium`, {
        method: 'OPTIONS',
        headers: {
          Origin: 'http://localhost:4321',
          'Access-Control-Request-Method': 'GET',
          'Access-Control-Request-Private-Network': 'true',
        },
      }),
    );
    expect(response.status).toBe(204);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('http://localhost:4321');
    expect(response.headers.get('Access-Control-Allow-Headers')).toContain('PAYMENT-SIGNATURE');
    // @x402/fetch adds this as a request header on its paid retry.
    expect(response.headers.get('Access-Control-Allow-Headers')).toContain('Access-Control-Expose-Headers');
    expect(response.headers.get('Access-Control-Allow-Private-Network')).toBe('true');
  });

  test('default: a localhost page can read PAYMENT-REQUIRED', async () => {
    const response = await app()(new Request(`${BASE}/api/premium`, { headers: { Origin: 'http://127.0.0.1:4321' } }));
    expect(response.status).toBe(402);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('http://127.0.0.1:4321');
    expect(response.headers.get('Access-Control-Expose-Headers')).toContain('PAYMENT-REQUIRED');
  });

  test.each([
    ['a foreign site', 'https://evil.example', undefined],
    // Allowed when listed in allowedOrigins (ALLOW_ORIGINS).
    ['a listed origin', 'https://docs.example', 'https://docs.example'],
  ])('behavior: %s', async (_label, origin, allowed) => {
    const server = app({ allowedOrigins: ['https://docs.example'] });
    const simple = await server(new Request(`${BASE}/supported`, { headers: { Origin: origin } }));
    expect(simple.headers.get('Access-Control-Allow-Origin') ?? undefined).toBe(allowed);
    const preflight = await server(new Request(`${BASE}/verify`, { method: 'OPTIONS', headers: { Origin: origin } }));
    expect(preflight.status).toBe(allowed === undefined ? 403 : 204);
  });
});
