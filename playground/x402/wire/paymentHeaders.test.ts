import { describe, expect, test } from 'vitest';
import {
  ANVIL_ACCOUNT_1_ADDRESS,
  CANONICAL_CHALLENGE_HEADER,
  SIGNATURE_VECTOR,
} from '../../../tests/fixtures/x402Vectors.ts';
import { USDG } from '../../catalog/chains.ts';
import {
  decodeHeaderJson,
  decodePaymentRequiredHeader,
  decodePaymentResponseHeader,
  decodePaymentSignatureHeader,
  decodeXPaymentHeader,
  decodeXPaymentResponseHeader,
  encodeHeaderJson,
  encodePaymentRequiredHeader,
  encodePaymentResponseHeader,
  encodePaymentSignatureHeader,
  encodeXPaymentHeader,
  encodeXPaymentResponseHeader,
  paymentRequestHeader,
} from './paymentHeaders.ts';
import { X402FormatError } from './x402Errors.ts';
import type { PaymentPayload, PaymentPayloadV1, PaymentRequired, SettleResponse } from './x402Types.ts';

const requirement = {
  scheme: 'exact',
  network: 'eip155:196',
  asset: USDG.address,
  amount: '1',
  payTo: ANVIL_ACCOUNT_1_ADDRESS,
  maxTimeoutSeconds: 300,
  extra: { name: 'Global Dollar', version: '1' },
};
const challenge: PaymentRequired = {
  x402Version: 2,
  error: 'Payment required',
  resource: {
    url: 'https://example.test/api/report',
    description: 'Premium API endpoint',
    mimeType: 'application/json',
  },
  accepts: [requirement],
};
const payload = { signature: SIGNATURE_VECTOR.signature, authorization: SIGNATURE_VECTOR.authorization };
const paymentV2: PaymentPayload = { x402Version: 2, resource: challenge.resource, accepted: requirement, payload };
const paymentV1: PaymentPayloadV1 = { x402Version: 1, scheme: 'exact', network: 'eip155:196', payload };
const receipt: SettleResponse = {
  success: true,
  transaction: `0x${'ab'.repeat(32)}`,
  network: 'eip155:196',
  payer: SIGNATURE_VECTOR.authorization.from,
};

function formatError(run: () => unknown): X402FormatError {
  try {
    run();
  } catch (error) {
    if (error instanceof X402FormatError) return error;
    throw error;
  }
  throw new Error('expected an X402FormatError');
}

test('default: the canonical v2 challenge header decodes to the USDG challenge and re-encodes byte for byte', () => {
  const decoded = decodePaymentRequiredHeader(CANONICAL_CHALLENGE_HEADER);
  expect(decoded).toEqual(challenge);
  expect(encodePaymentRequiredHeader(challenge)).toBe(CANONICAL_CHALLENGE_HEADER);
});

test('default: {"x402Version":2} is the smallest header', () => {
  expect(encodeHeaderJson({ x402Version: 2 })).toBe('eyJ4NDAyVmVyc2lvbiI6Mn0=');
  expect(decodeHeaderJson('eyJ4NDAyVmVyc2lvbiI6Mn0=', 'PAYMENT-REQUIRED')).toEqual({ x402Version: 2 });
});

describe('round trips', () => {
  test.each([
    ['PAYMENT-REQUIRED', encodePaymentRequiredHeader, decodePaymentRequiredHeader, challenge],
    ['PAYMENT-SIGNATURE (v2)', encodePaymentSignatureHeader, decodePaymentSignatureHeader, paymentV2],
    // The InsForge guide's OKX variant sends a v1 payment in the v2 header.
    ['PAYMENT-SIGNATURE (OKX variant)', encodePaymentSignatureHeader, decodePaymentSignatureHeader, paymentV1],
    ['PAYMENT-RESPONSE', encodePaymentResponseHeader, decodePaymentResponseHeader, receipt],
    ['X-PAYMENT', encodeXPaymentHeader, decodeXPaymentHeader, paymentV1],
    ['X-PAYMENT-RESPONSE', encodeXPaymentResponseHeader, decodeXPaymentResponseHeader, receipt],
  ] as const)('behavior: %s', (_header, encode, decode, message) => {
    const encoded = (encode as (value: unknown) => string)(message);
    expect(encoded).toMatch(/^[A-Za-z0-9+/]*={0,2}$/);
    expect(decode(encoded)).toEqual(message);
  });
});

test('behavior: non-ASCII text in a challenge survives the header ("Café ☕")', () => {
  const text = { ...challenge, resource: { ...challenge.resource, description: 'Café ☕ 报告' } };
  expect(decodePaymentRequiredHeader(encodePaymentRequiredHeader(text))).toMatchObject({
    resource: { description: 'Café ☕ 报告' },
  });
});

test('behavior: unknown fields pass through decoding', () => {
  const withExtras = { ...paymentV2, extensions: { bazaar: { info: 1 } }, vendor: 'x' };
  expect(decodePaymentSignatureHeader(encodeHeaderJson(withExtras))).toEqual(withExtras);
});

test("behavior: the guide's own OKX challenge (v1 fields in PAYMENT-REQUIRED) decodes as x402Version 1", () => {
  const okx = {
    x402Version: 1,
    accepts: [
      {
        network: 'eip155:196',
        scheme: 'exact',
        maxAmountRequired: '1',
        resource: 'https://example.test/api/report',
        description: 'Premium API endpoint',
        mimeType: 'application/json',
        payTo: ANVIL_ACCOUNT_1_ADDRESS,
        maxTimeoutSeconds: 300,
        asset: USDG.address,
        extra: { name: 'Global Dollar', version: '1' },
      },
    ],
  };
  const decoded = decodePaymentRequiredHeader(encodeHeaderJson(okx));
  expect(decoded.x402Version).toBe(1);
  expect(decoded).toEqual(okx);
});

describe('errors', () => {
  test.each([
    // base64url from a JWT library.
    ['invalid_base64', 'PAYMENT-SIGNATURE', () => decodePaymentSignatureHeader('eyJ4-_')],
    // `base64` without -w0 wraps at 76 columns.
    [
      'invalid_base64',
      'PAYMENT-REQUIRED',
      () =>
        decodePaymentRequiredHeader(
          `${CANONICAL_CHALLENGE_HEADER.slice(0, 76)}\n${CANONICAL_CHALLENGE_HEADER.slice(76)}`,
        ),
    ],
    ['invalid_utf8', 'X-PAYMENT', () => decodeXPaymentHeader('/w==')],
    // base64 of `{"x402Version":`: truncated JSON.
    ['invalid_json', 'PAYMENT-RESPONSE', () => decodePaymentResponseHeader('eyJ4NDAyVmVyc2lvbiI6')],
    // An empty header decodes to empty text, which is not JSON.
    ['invalid_json', 'X-PAYMENT-RESPONSE', () => decodeXPaymentResponseHeader('')],
  ])('error: %s from %s', (code, header, run) => {
    const error = formatError(run);
    expect(error.code).toBe(code);
    expect(error.details.header).toBe(header);
  });

  test.each([
    // A string timeout makes clients build validBefore by string concatenation.
    [
      'accepts[0].maxTimeoutSeconds',
      () =>
        decodePaymentRequiredHeader(
          encodeHeaderJson({ ...challenge, accepts: [{ ...requirement, maxTimeoutSeconds: '300' }] }),
        ),
    ],
    // v1's field name in a v2 challenge: `amount` is missing.
    [
      'accepts[0].amount',
      () => {
        const { amount: _, ...v1ish } = requirement;
        return decodePaymentRequiredHeader(
          encodeHeaderJson({ ...challenge, accepts: [{ ...v1ish, maxAmountRequired: '1' }] }),
        );
      },
    ],
    ['accepts', () => decodePaymentRequiredHeader(encodeHeaderJson({ ...challenge, accepts: [] }))],
    ['x402Version', () => decodePaymentRequiredHeader(encodeHeaderJson({ ...challenge, x402Version: 3 }))],
    [
      'resource',
      () => decodePaymentRequiredHeader(encodeHeaderJson({ ...challenge, resource: 'https://example.test' })),
    ],
    ['accepted', () => decodePaymentSignatureHeader(encodeHeaderJson({ ...paymentV2, accepted: undefined }))],
    // Numbers travel as decimal strings.
    [
      'payload.authorization.value',
      () =>
        decodePaymentSignatureHeader(
          encodeHeaderJson({
            ...paymentV2,
            payload: { ...payload, authorization: { ...payload.authorization, value: 1 } },
          }),
        ),
    ],
    [
      'payload.authorization.value',
      () =>
        decodePaymentSignatureHeader(
          encodeHeaderJson({
            ...paymentV2,
            payload: { ...payload, authorization: { ...payload.authorization, value: '0.000001' } },
          }),
        ),
    ],
    [
      'payload.authorization.nonce',
      () =>
        decodePaymentSignatureHeader(
          encodeHeaderJson({
            ...paymentV2,
            payload: { ...payload, authorization: { ...payload.authorization, nonce: '0x11' } },
          }),
        ),
    ],
    // OKX Wallet's XKO… address format.
    [
      'payload.authorization.to',
      () =>
        decodeXPaymentHeader(
          encodeHeaderJson({
            ...paymentV1,
            payload: {
              ...payload,
              authorization: { ...payload.authorization, to: 'XKO70997970c51812dc3a010c7d01b50e0d17dc79c8' },
            },
          }),
        ),
    ],
    [
      'payload.signature',
      () => decodeXPaymentHeader(encodeHeaderJson({ ...paymentV1, payload: { ...payload, signature: 'deadbeef' } })),
    ],
    ['network', () => decodeXPaymentHeader(encodeHeaderJson({ ...paymentV1, network: undefined }))],
    ['paymentPayload', () => decodePaymentSignatureHeader(encodeHeaderJson([paymentV2]))],
    ['success', () => decodePaymentResponseHeader(encodeHeaderJson({ ...receipt, success: 'true' }))],
  ])('error: invalid_shape at %s', (field, run) => {
    const error = formatError(run);
    expect(error.code).toBe('invalid_shape');
    expect(error.details.field).toBe(field);
  });
});

test.each([
  ['v2', paymentV2, 'PAYMENT-SIGNATURE'],
  // The guide's variant keeps the v2 header name.
  ['OKX variant (v1 + CAIP-2)', paymentV1, 'PAYMENT-SIGNATURE'],
  ['classic v1', { ...paymentV1, network: 'base' }, 'X-PAYMENT'],
] as const)('behavior: a %s payment travels in %s', (_label, payment, name) => {
  const header = paymentRequestHeader(payment);
  expect(header.name).toBe(name);
  expect(decodeHeaderJson(header.value, header.name)).toEqual(payment);
});
