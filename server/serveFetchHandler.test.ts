import { x402Client } from '@x402/core/client';
import { registerExactEvmScheme } from '@x402/evm/exact/client';
import { decodePaymentResponseHeader, wrapFetchWithPayment } from '@x402/fetch';
import { privateKeyToAccount } from 'viem/accounts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { USDG } from '../playground/catalog/chains.ts';
import { decodePaymentSignatureHeader } from '../playground/x402/wire/paymentHeaders.ts';
import { ANVIL_ACCOUNT_0, ANVIL_ACCOUNT_1_ADDRESS } from '../tests/fixtures/x402Vectors.ts';
import { createFacilitatorApp } from './createFacilitatorApp.ts';
import { type RunningServer, serveFetchHandler } from './serveFetchHandler.ts';

const account = privateKeyToAccount(ANVIL_ACCOUNT_0.privateKey);
const logLines: string[] = [];
let running: RunningServer;

beforeAll(async () => {
  // The real USDG domain, as the brief's end-to-end check asks; the key is a public test key with no funds.
  const app = createFacilitatorApp({
    merchant: { payTo: ANVIL_ACCOUNT_1_ADDRESS, token: USDG },
    log: (line) => logLines.push(line),
  });
  running = await serveFetchHandler(app, { port: 0, log: (line) => logLines.push(line) });
});

afterAll(async () => {
  await running.close();
});

const post = (path: string, body: string | ReadableStream, headers: Record<string, string> = {}) =>
  fetch(`${running.url}${path}`, {
    method: 'POST',
    body,
    headers: { 'Content-Type': 'application/json', ...headers },
    ...(typeof body === 'string' ? {} : { duplex: 'half' }),
  } as RequestInit);

describe('the official @x402/fetch 2.27 client against the local server', () => {
  let signatureHeader = '';
  let verifiedFirst: unknown;
  let paid: Response;

  beforeAll(async () => {
    const client = new x402Client();
    registerExactEvmScheme(client, { signer: account });
    // @x402/fetch only pays default assets unless told; USDG on X Layer is not among them.
    client.setSpendControls({ allowedAssets: [{ network: 'eip155:196', asset: USDG.address }] });
    const recordingFetch: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      const header = request.headers.get('PAYMENT-SIGNATURE');
      if (header !== null) {
        signatureHeader = header;
        // Before the merchant settles it, the same payload is checked on the standard /verify route.
        const payload = decodePaymentSignatureHeader(header);
        const accepted = payload.x402Version === 2 ? payload.accepted : undefined;
        const body = JSON.stringify({ x402Version: 2, paymentPayload: payload, paymentRequirements: accepted });
        verifiedFirst = await (await post('/verify', body)).json();
      }
      return fetch(request);
    };
    paid = await wrapFetchWithPayment(recordingFetch, client)(`${running.url}/api/premium`);
  });

  test('default: pays /api/premium and gets 200 with a decodable PAYMENT-RESPONSE', async () => {
    expect(paid.status).toBe(200);
    const receipt = decodePaymentResponseHeader(paid.headers.get('PAYMENT-RESPONSE') ?? '');
    expect(receipt).toMatchObject({ success: true, network: 'eip155:196', payer: ANVIL_ACCOUNT_0.address });
    expect(receipt.transaction).toMatch(/^0x[0-9a-f]{64}$/);
    expect(await paid.json()).toMatchObject({ payment: { tx_hash: receipt.transaction, amount: '0.000001 USDG' } });
  });

  test('default: the payload it signed verified isValid:true on /verify', () => {
    expect(verifiedFirst).toEqual({ isValid: true, payer: ANVIL_ACCOUNT_0.address });
  });

  test('behavior: replaying the same PAYMENT-SIGNATURE fails with the nonce reason, on both routes', async () => {
    const replay = await fetch(`${running.url}/api/premium`, { headers: { 'PAYMENT-SIGNATURE': signatureHeader } });
    expect(replay.status).toBe(402);
    expect(decodePaymentResponseHeader(replay.headers.get('PAYMENT-RESPONSE') ?? '')).toMatchObject({
      success: false,
      errorReason: 'invalid_exact_evm_nonce_already_used',
    });
    const payload = decodePaymentSignatureHeader(signatureHeader);
    const accepted = payload.x402Version === 2 ? payload.accepted : undefined;
    const verify = await post('/verify', JSON.stringify({ paymentPayload: payload, paymentRequirements: accepted }));
    expect(await verify.json()).toMatchObject({
      isValid: false,
      invalidReason: 'invalid_exact_evm_nonce_already_used',
    });
  });

  test('behavior: the log shows each request and no header value', () => {
    for (const start of ['GET /api/premium 402 ', 'POST /verify 200 ', 'GET /api/premium 200 ']) {
      expect(logLines.some((line) => line.startsWith(start))).toBe(true);
    }
    for (const line of logLines) {
      expect(line).toMatch(/^[A-Z]+ \/\S* \d{3} \d+ms$/);
      expect(line).not.toContain(signatureHeader.slice(0, 16));
    }
  });
});

describe('bodies over the limit', () => {
  test('error: a declared 100 KiB body is 413 before any parsing', async () => {
    const response = await post('/verify', 'x'.repeat(100 * 1024));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: 'payload_too_large', limitBytes: 65_536 });
  });

  test('error: a chunked body is cut off with a 413 as it passes the limit, not read to its end', async () => {
    const chunk = new TextEncoder().encode('y'.repeat(16 * 1024));
    let sent = 0;
    // 96 KiB, then a body that never ends: a server that waits for the end never answers.
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 6) controller.enqueue(chunk);
        else return new Promise<void>(() => {});
      },
    });
    const response = await post('/verify', stream);
    expect(response.status).toBe(413);
  });
});

test('behavior: 1,000 concurrent bad requests all get a 4xx, and the server still answers', async () => {
  const huge = JSON.stringify({ paymentPayload: 'z'.repeat(70 * 1024) });
  const bad: Array<() => Promise<Response>> = [
    () => post('/verify', '{"paymentPayload":'),
    () => post('/settle', JSON.stringify({ paymentPayload: 42, paymentRequirements: [] })),
    () => post('/verify', huge),
    () => fetch(`${running.url}/verify`, { method: 'DELETE' }),
    () => post('/api/v6/x402/verify', JSON.stringify({ x402Version: 1, paymentPayload: {}, paymentRequirements: {} })),
    () => post('/faucet', JSON.stringify({ address: 'XKO123' })),
    () => fetch(`${running.url}/api/premium`, { headers: { 'PAYMENT-SIGNATURE': 'not_base64-' } }),
    () => fetch(`${running.url}/no/such/route`),
  ];
  const statuses = await Promise.all(
    Array.from({ length: 1000 }, async (_, i) => {
      const response = await (bad[i % bad.length] as () => Promise<Response>)();
      await response.arrayBuffer();
      return response.status;
    }),
  );
  const outside4xx = statuses.filter((status) => status < 400 || status >= 500);
  expect(outside4xx).toEqual([]);
  expect(new Set(statuses)).toEqual(new Set([400, 404, 405, 413]));

  const good = await fetch(`${running.url}/supported`);
  expect(good.status).toBe(200);
});

test('behavior: a handler that throws is a 500, and the server keeps serving', async () => {
  const lines: string[] = [];
  const throwing = await serveFetchHandler(
    async (request) => {
      if (new URL(request.url).pathname === '/boom') throw new Error('secret-looking detail');
      return new Response('ok');
    },
    { port: 0, log: (line) => lines.push(line) },
  );
  try {
    const boom = await fetch(`${throwing.url}/boom`);
    expect(boom.status).toBe(500);
    expect(await boom.json()).toEqual({ error: 'internal_error' });
    expect(await (await fetch(`${throwing.url}/fine`)).text()).toBe('ok');
    expect(lines.join('\n')).not.toContain('secret-looking detail');
  } finally {
    await throwing.close();
  }
});
