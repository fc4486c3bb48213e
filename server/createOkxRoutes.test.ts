import { privateKeyToAccount } from 'viem/accounts';
import { describe, expect, test } from 'vitest';
import { USDG } from '../playground/catalog/chains.ts';
import { createMockFacilitator } from '../playground/x402/facilitator/createMockFacilitator.ts';
import { okxAuthHeaders } from '../playground/x402/facilitator/signOkxRequest.ts';
import { buildPaymentRequiredV1, buildPaymentRequirements } from '../playground/x402/server/buildPaymentRequired.ts';
import { createPaymentPayload } from '../tests/fixtures/createPaymentPayload.ts';
import { ANVIL_ACCOUNT_0, ANVIL_ACCOUNT_1_ADDRESS, OKX_HMAC_VECTOR } from '../tests/fixtures/x402Vectors.ts';
import { createFacilitatorApp } from './createFacilitatorApp.ts';

const BASE = 'http://127.0.0.1:4402';
const NOW_MS = Date.parse(OKX_HMAC_VECTOR.timestamp);
const NOW = NOW_MS / 1000;
const account = privateKeyToAccount(ANVIL_ACCOUNT_0.privateKey);
const credentials = { apiKey: 'test-key', secretKey: OKX_HMAC_VECTOR.secretKey, passphrase: 'test-passphrase' };
const options = { url: 'https://example.test/api/report', payTo: ANVIL_ACCOUNT_1_ADDRESS, token: USDG };

function app(withCredentials = false) {
  return createFacilitatorApp({
    facilitator: createMockFacilitator({ now: () => NOW }),
    merchant: { payTo: ANVIL_ACCOUNT_1_ADDRESS, token: USDG },
    okxCredentials: withCredentials ? credentials : undefined,
    nowMs: () => NOW_MS,
  });
}

const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  new Request(`${BASE}${path}`, { method: 'POST', body, headers: { 'Content-Type': 'application/json', ...headers } });

/** What the InsForge guide's server sends: a v1 payment and the builder's requirements without `network`. */
async function guideBody(extra: Record<string, unknown> = {}) {
  const challenge = buildPaymentRequiredV1(options);
  const paymentPayload = await createPaymentPayload(challenge, account, { now: NOW });
  const { network: _, ...paymentRequirements } = challenge.accepts[0] ?? {};
  return { x402Version: 1, chainIndex: '196', ...extra, paymentPayload, paymentRequirements };
}

describe("the InsForge guide's API: /api/v6/x402", () => {
  test('default: verify answers data[0] with isValid, invalidReason and payer', async () => {
    const response = await app()(post('/api/v6/x402/verify', JSON.stringify(await guideBody())));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      code: '0',
      msg: '',
      data: [{ isValid: true, invalidReason: null, payer: ANVIL_ACCOUNT_0.address }],
    });
  });

  test('default: settle answers data[0] with txHash; settling again gives the nonce reason', async () => {
    const server = app();
    const body = JSON.stringify(await guideBody({ syncSettle: true }));
    const first = await (await server(post('/api/v6/x402/settle', body))).json();
    expect(first).toEqual({
      code: '0',
      msg: '',
      data: [
        {
          success: true,
          txHash: expect.stringMatching(/^0x[0-9a-f]{64}$/),
          errorReason: null,
          payer: ANVIL_ACCOUNT_0.address,
        },
      ],
    });
    const again = await (await server(post('/api/v6/x402/settle', body))).json();
    expect(again.data).toEqual([
      {
        success: false,
        txHash: '',
        errorReason: 'invalid_exact_evm_nonce_already_used',
        payer: ANVIL_ACCOUNT_0.address,
      },
    ]);
  });

  test('behavior: a numeric chainIndex is accepted too', async () => {
    const response = await app()(post('/api/v6/x402/verify', JSON.stringify(await guideBody({ chainIndex: 196 }))));
    expect((await response.json()).data[0].isValid).toBe(true);
  });

  test.each([
    // The guide's own "common mistake": forgetting chainIndex.
    ['missing', { chainIndex: undefined }],
    ['empty', { chainIndex: '' }],
    ['not numeric', { chainIndex: 'xlayer' }],
  ])('error: a %s chainIndex is OKX 50014', async (_label, change) => {
    for (const path of ['/api/v6/x402/verify', '/api/v6/x402/settle']) {
      const response = await app()(post(path, JSON.stringify(await guideBody(change))));
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        code: '50014',
        msg: 'chainIndex not empty or should be numeric',
        data: [],
      });
    }
  });

  test.each([
    ['malformed JSON', '{"x402Version":1,', 'Parameter body error: invalid_json'],
    ['a JSON array', '[]', 'Parameter body error: not_an_object'],
    [
      'no paymentPayload',
      JSON.stringify({ x402Version: 1, chainIndex: '196', paymentRequirements: {} }),
      'Parameter paymentPayload error',
    ],
  ])('error: %s is OKX 51000', async (_label, body, msg) => {
    const response = await app()(post('/api/v6/x402/verify', body));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ code: '51000', msg, data: [] });
  });
});

describe("the official OKX SDK's v2 API: /api/v6/pay/x402", () => {
  test('default: supported, verify and settle answer data as an object', async () => {
    const server = app();
    const requirements = buildPaymentRequirements(options);
    const paymentPayload = await createPaymentPayload(
      { x402Version: 2, resource: { url: options.url }, accepts: [requirements] },
      account,
      { now: NOW },
    );
    const body = JSON.stringify({ x402Version: 2, paymentPayload, paymentRequirements: requirements });

    const supported = await (await server(new Request(`${BASE}/api/v6/pay/x402/supported`))).json();
    expect(supported).toMatchObject({
      code: '0',
      data: { kinds: expect.arrayContaining([{ x402Version: 2, scheme: 'exact', network: 'eip155:196' }]) },
    });
    expect(await (await server(post('/api/v6/pay/x402/verify', body))).json()).toEqual({
      code: '0',
      msg: '',
      data: { isValid: true, payer: ANVIL_ACCOUNT_0.address },
    });
    expect(await (await server(post('/api/v6/pay/x402/settle', body))).json()).toEqual({
      code: '0',
      msg: '',
      data: {
        success: true,
        transaction: expect.stringMatching(/^0x[0-9a-f]{64}$/),
        network: 'eip155:196',
        payer: ANVIL_ACCOUNT_0.address,
        status: 'success',
      },
    });
  });

  test('error: requirements without network are a parameter error here (no chainIndex to fall back on)', async () => {
    const body = await guideBody();
    const response = await app()(post('/api/v6/pay/x402/verify', JSON.stringify(body)));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      code: '51000',
      msg: 'Parameter paymentRequirements.network error',
      data: null,
    });
  });
});

describe('OK-ACCESS-* request signing, when credentials are configured', () => {
  const { body, requestPath, timestamp, sign } = OKX_HMAC_VECTOR;
  const signedHeaders = {
    'OK-ACCESS-KEY': credentials.apiKey,
    'OK-ACCESS-SIGN': sign,
    'OK-ACCESS-PASSPHRASE': credentials.passphrase,
    'OK-ACCESS-TIMESTAMP': timestamp,
  };

  test("default: the fact sheet's HMAC vector passes authentication (and then fails on its empty payload)", async () => {
    const response = await app(true)(post(requestPath, body, signedHeaders));
    expect(await response.json()).toEqual({
      code: '51000',
      msg: 'Parameter paymentPayload.x402Version error',
      data: [],
    });
  });

  test('default: okxAuthHeaders signs a real verify request that passes', async () => {
    const text = JSON.stringify(await guideBody());
    const headers = await okxAuthHeaders(credentials, { method: 'POST', requestPath, body: text }, new Date(NOW_MS));
    const response = await app(true)(post(requestPath, text, headers));
    expect((await response.json()).data[0].isValid).toBe(true);
  });

  test('behavior: GET routes are signed with an empty body', async () => {
    const path = '/api/v6/pay/x402/supported';
    const headers = await okxAuthHeaders(credentials, { method: 'GET', requestPath: path, body: '' }, new Date(NOW_MS));
    const response = await app(true)(new Request(`${BASE}${path}`, { headers }));
    expect(response.status).toBe(200);
  });

  test.each([
    ['no headers at all', {}, body],
    ['a missing OK-ACCESS-SIGN', { 'OK-ACCESS-SIGN': '' }, body],
    // An exchange (trading) key in place of the Web3 API key: the guide's first common mistake.
    ['another API key', { 'OK-ACCESS-KEY': 'exchange-key' }, body],
    ['a wrong passphrase', { 'OK-ACCESS-PASSPHRASE': 'nope' }, body],
    ['a signature over other bytes', {}, body.replace('"196"', '"1"')],
    ['a stale timestamp', { 'OK-ACCESS-TIMESTAMP': '2025-12-31T23:59:00.000Z' }, body],
    ['a signature that is not base64', { 'OK-ACCESS-SIGN': 'not-base64!' }, body],
  ])('error: %s is OKX 50114 Invalid Authority', async (label, change, sentBody) => {
    const headers = label === 'no headers at all' ? {} : { ...signedHeaders, ...change };
    const response = await app(true)(post(requestPath, sentBody, headers));
    expect(response.status).toBe(401);
    const answer = await response.json();
    expect(answer).toMatchObject({ code: '50114', msg: 'Invalid Authority', data: [] });
    // The hint names the failed check, never the secret.
    expect(answer.mockDetail).toEqual(expect.any(String));
    expect(answer.mockDetail).not.toContain(credentials.secretKey);
  });

  test('behavior: the standard routes need no OKX signature', async () => {
    const response = await app(true)(new Request(`${BASE}/supported`));
    expect(response.status).toBe(200);
  });
});
