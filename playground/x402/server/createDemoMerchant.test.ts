import { x402Client } from '@x402/core/client';
import { registerExactEvmScheme } from '@x402/evm/exact/client';
import { wrapFetchWithPayment } from '@x402/fetch';
import { privateKeyToAccount } from 'viem/accounts';
import { describe, expect, test } from 'vitest';
import { createPaymentPayload } from '../../../tests/fixtures/createPaymentPayload.ts';
import { ANVIL_ACCOUNT_0, ANVIL_ACCOUNT_1_ADDRESS, SIGNATURE_VECTOR } from '../../../tests/fixtures/x402Vectors.ts';
import { PLAYGROUND_USDG, USDG } from '../../catalog/chains.ts';
import { createMockFacilitator } from '../facilitator/createMockFacilitator.ts';
import {
  decodeHeaderJson,
  decodePaymentRequiredHeader,
  decodePaymentResponseHeader,
  decodeXPaymentResponseHeader,
  encodeHeaderJson,
  paymentRequestHeader,
} from '../wire/paymentHeaders.ts';
import { X402ChallengeError } from '../wire/x402Errors.ts';
import type { AnyPaymentPayload } from '../wire/x402Types.ts';
import { createDemoMerchant, type DemoMerchantOptions, type PaymentLedgerRow } from './createDemoMerchant.ts';

const URL_PREMIUM = 'http://127.0.0.1:4402/api/premium';
const account = privateKeyToAccount(ANVIL_ACCOUNT_0.privateKey);

function setup(options: Partial<DemoMerchantOptions> = {}) {
  const facilitator = createMockFacilitator();
  const rows: PaymentLedgerRow[] = [];
  const logged: string[] = [];
  const merchant = createDemoMerchant({
    facilitator,
    payTo: ANVIL_ACCOUNT_1_ADDRESS,
    recordPayment: (row) => {
      rows.push(row);
    },
    logger: { error: (line) => logged.push(line) },
    ...options,
  });
  return { facilitator, merchant, rows, logged };
}

/** Asks for the challenge, then signs it with account #0 the way the playground does. */
async function signedPayment(merchant: (request: Request) => Promise<Response>): Promise<AnyPaymentPayload> {
  const first = await merchant(new Request(URL_PREMIUM));
  return createPaymentPayload(decodePaymentRequiredHeader(first.headers.get('PAYMENT-REQUIRED') ?? ''), account);
}

const paidRequest = (payment: AnyPaymentPayload) => {
  const { name, value } = paymentRequestHeader(payment);
  return new Request(URL_PREMIUM, { headers: { [name]: value } });
};

test('default: without payment, 402 with the v2 challenge in PAYMENT-REQUIRED and in the body', async () => {
  const { merchant } = setup();
  const response = await merchant(new Request(URL_PREMIUM));
  expect(response.status).toBe(402);
  expect(response.headers.get('Cache-Control')).toBe('no-store');
  expect(response.headers.get('Access-Control-Expose-Headers')).toBe(
    'PAYMENT-REQUIRED, PAYMENT-RESPONSE, X-PAYMENT-RESPONSE',
  );
  const challenge = decodePaymentRequiredHeader(response.headers.get('PAYMENT-REQUIRED') ?? '');
  expect(challenge).toMatchObject({
    x402Version: 2,
    error: 'Payment required',
    resource: { url: URL_PREMIUM },
    accepts: [{ network: 'eip155:196', asset: PLAYGROUND_USDG.address, amount: '1', payTo: ANVIL_ACCOUNT_1_ADDRESS }],
  });
  expect(await response.json()).toEqual(challenge);
});

test("behavior: the okx-guide option sends the guide's v1-field challenge in the v2 header", async () => {
  const { merchant } = setup({ challenge: 'okx-guide', token: USDG });
  const response = await merchant(new Request(URL_PREMIUM));
  expect(decodePaymentRequiredHeader(response.headers.get('PAYMENT-REQUIRED') ?? '')).toMatchObject({
    x402Version: 1,
    accepts: [{ network: 'eip155:196', maxAmountRequired: '1', asset: USDG.address, resource: URL_PREMIUM }],
  });
});

test('default: @x402/fetch pays in the page, gets 200, a receipt, and one ledger row', async () => {
  const { merchant, rows } = setup();
  const client = new x402Client();
  registerExactEvmScheme(client, { signer: account });
  client.setSpendControls({ allowedAssets: [{ network: 'eip155:196', asset: PLAYGROUND_USDG.address }] });
  const paidFetch = wrapFetchWithPayment((input, init) => merchant(new Request(input, init)), client);

  const response = await paidFetch(URL_PREMIUM);
  expect(response.status).toBe(200);
  const receipt = decodePaymentResponseHeader(response.headers.get('PAYMENT-RESPONSE') ?? '');
  expect(receipt).toMatchObject({ success: true, network: 'eip155:196', payer: ANVIL_ACCOUNT_0.address });
  expect(await response.json()).toMatchObject({
    payment: { tx_hash: receipt.transaction, payer: ANVIL_ACCOUNT_0.address, amount: '0.000001 USDG', recorded: true },
  });
  expect(rows).toEqual([
    {
      payer_address: ANVIL_ACCOUNT_0.address,
      endpoint: '/api/premium',
      amount: '1',
      tx_hash: receipt.transaction,
      chain: 'xlayer',
      status: 'settled',
      response_summary: 'Premium API report',
    },
  ]);
});

describe('payment dialects', () => {
  test.each([
    // The guide's client: v1 fields, CAIP-2 network, PAYMENT-SIGNATURE; receipt in PAYMENT-RESPONSE.
    ["the guide's OKX variant", 'okx-guide', 'PAYMENT-RESPONSE', decodePaymentResponseHeader],
    ['a v2 payment', 'v2', 'PAYMENT-RESPONSE', decodePaymentResponseHeader],
  ] as const)('behavior: %s settles', async (_label, challenge, receiptHeader, decode) => {
    const { merchant } = setup({ challenge });
    const response = await merchant(paidRequest(await signedPayment(merchant)));
    expect(response.status).toBe(200);
    expect(decode(response.headers.get(receiptHeader) ?? '')).toMatchObject({ success: true });
  });

  test('behavior: a v1 payment in X-PAYMENT gets its receipt in X-PAYMENT-RESPONSE', async () => {
    const { merchant } = setup({ challenge: 'okx-guide' });
    const payment = await signedPayment(merchant);
    const response = await merchant(new Request(URL_PREMIUM, { headers: { 'X-PAYMENT': encodeHeaderJson(payment) } }));
    expect(response.status).toBe(200);
    expect(response.headers.get('PAYMENT-RESPONSE')).toBeNull();
    expect(decodeXPaymentResponseHeader(response.headers.get('X-PAYMENT-RESPONSE') ?? '')).toMatchObject({
      success: true,
    });
  });
});

describe('refusals', () => {
  test('behavior: a replayed payment is refused with the nonce reason, a receipt and a fresh challenge', async () => {
    const { merchant, rows } = setup();
    const payment = await signedPayment(merchant);
    await merchant(paidRequest(payment));
    const replay = await merchant(paidRequest(payment));
    expect(replay.status).toBe(402);
    expect(await replay.json()).toEqual({ error: 'payment_invalid', reason: 'invalid_exact_evm_nonce_already_used' });
    expect(decodePaymentResponseHeader(replay.headers.get('PAYMENT-RESPONSE') ?? '')).toEqual({
      success: false,
      errorReason: 'invalid_exact_evm_nonce_already_used',
      transaction: '',
      network: 'eip155:196',
      payer: ANVIL_ACCOUNT_0.address,
    });
    expect(decodePaymentRequiredHeader(replay.headers.get('PAYMENT-REQUIRED') ?? '')).toMatchObject({
      error: 'invalid_exact_evm_nonce_already_used',
    });
    expect(rows).toHaveLength(1);
  });

  test('behavior: an accepted that differs from the offer is refused before the facilitator is asked', async () => {
    const { merchant, facilitator } = setup();
    const payment = await signedPayment(merchant);
    if (payment.x402Version !== 2) throw new Error('expected a v2 payment');
    const cheaper = { ...payment, accepted: { ...payment.accepted, amount: '0' } };
    const response = await merchant(paidRequest(cheaper));
    expect(response.status).toBe(402);
    expect(await response.json()).toMatchObject({ reason: 'no_matching_payment_requirements' });
    expect(facilitator.snapshot().usedNonces).toEqual([]);
  });

  test("behavior: a payment that fails verification is refused with the facilitator's reason", async () => {
    const { merchant } = setup();
    const payment = await signedPayment(merchant);
    const forged = {
      ...payment,
      payload: { ...payment.payload, authorization: { ...payment.payload.authorization, value: '2' } },
    };
    const response = await merchant(paidRequest(forged));
    expect(response.status).toBe(402);
    expect(await response.json()).toMatchObject({ reason: 'invalid_exact_evm_signature' });
  });

  test.each([
    // base64url, as a JWT library would produce.
    ['PAYMENT-SIGNATURE', 'eyJ4-_', { code: 'invalid_base64', header: 'PAYMENT-SIGNATURE' }],
    // A v1 payment that forgot its network.
    [
      'X-PAYMENT',
      encodeHeaderJson({ x402Version: 1, scheme: 'exact', payload: SIGNATURE_VECTOR }),
      { code: 'invalid_shape', field: 'network' },
    ],
    ['PAYMENT-SIGNATURE', encodeHeaderJson({ x402Version: 2 }), { code: 'invalid_shape', field: 'payload' }],
  ])('error: a garbled %s header is 400 with the format error', async (name, value, body) => {
    const { merchant } = setup();
    const response = await merchant(new Request(URL_PREMIUM, { headers: { [name]: value } }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_payment_header', ...body });
  });
});

test('behavior: when the ledger insert fails the reader still gets the content, and the tx hash is logged', async () => {
  const { merchant, logged } = setup({
    recordPayment: () => Promise.reject(new Error('duplicate key value violates unique constraint')),
  });
  const response = await merchant(paidRequest(await signedPayment(merchant)));
  expect(response.status).toBe(200);
  const { transaction } = decodePaymentResponseHeader(response.headers.get('PAYMENT-RESPONSE') ?? '');
  expect(await response.json()).toMatchObject({ payment: { tx_hash: transaction, recorded: false } });
  expect(logged).toEqual([
    `[payment-log] insert failed tx_hash=${transaction} (duplicate key value violates unique constraint)`,
  ]);
});

test('behavior: the receipt header decodes to exactly what was settled', async () => {
  const { merchant } = setup();
  const response = await merchant(paidRequest(await signedPayment(merchant)));
  expect(decodeHeaderJson(response.headers.get('PAYMENT-RESPONSE') ?? '', 'PAYMENT-RESPONSE')).toEqual({
    success: true,
    transaction: expect.stringMatching(/^0x[0-9a-f]{64}$/),
    network: 'eip155:196',
    payer: ANVIL_ACCOUNT_0.address,
  });
});

test('error: an unusable payee is refused when the merchant is created', () => {
  expect(() => setup({ payTo: 'XKO70997970c51812dc3a010c7d01b50e0d17dc79c8' })).toThrow(X402ChallengeError);
});
