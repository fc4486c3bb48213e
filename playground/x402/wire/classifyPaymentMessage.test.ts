import { expect, test } from 'vitest';
import { ANVIL_ACCOUNT_1_ADDRESS, SIGNATURE_VECTOR } from '../../../tests/fixtures/x402Vectors.ts';
import { USDG } from '../../catalog/chains.ts';
import { buildPaymentRequired, buildPaymentRequiredV1 } from '../server/buildPaymentRequired.ts';
import { classifyPaymentMessage } from './classifyPaymentMessage.ts';
import type { PaymentHeaderName } from './paymentHeaders.ts';

const options = { url: 'https://example.test/api/report', payTo: ANVIL_ACCOUNT_1_ADDRESS, token: USDG };
const v2Challenge = buildPaymentRequired(options);
const [offer] = v2Challenge.accepts;
const okxChallenge = buildPaymentRequiredV1(options);
const v1Challenge = buildPaymentRequiredV1(options, { network: 'base', error: 'X-PAYMENT header is required' });
const payload = { signature: SIGNATURE_VECTOR.signature, authorization: SIGNATURE_VECTOR.authorization };
const v2Payment = { x402Version: 2, resource: v2Challenge.resource, accepted: offer, payload };
const okxPayment = { x402Version: 1, scheme: 'exact', network: 'eip155:196', payload };
const withOffer = (change: Record<string, unknown>) => ({ ...v2Challenge, accepts: [{ ...offer, ...change }] });

test.each<[string, unknown, PaymentHeaderName | undefined, string, string, string[]]>([
  // The canonical v2 challenge, as @x402/core's server sends it.
  ['v2 challenge', v2Challenge, 'PAYMENT-REQUIRED', 'payment-required', 'v2', []],
  // The InsForge guide: v1 fields and version, v2 header, CAIP-2 network.
  [
    "the guide's OKX challenge",
    okxChallenge,
    'PAYMENT-REQUIRED',
    'payment-required',
    'okx-guide',
    ['v1_message_in_v2_header', 'caip2_network_in_v1'],
  ],
  // A classic v1 402 body: nothing to report.
  ['v1 body', v1Challenge, undefined, 'payment-required', 'v1', []],
  ['v2 payment', v2Payment, 'PAYMENT-SIGNATURE', 'payment-payload', 'v2', []],
  [
    "the guide's OKX payment",
    okxPayment,
    'PAYMENT-SIGNATURE',
    'payment-payload',
    'okx-guide',
    ['v1_message_in_v2_header', 'caip2_network_in_v1'],
  ],
  // The same v1 payment in the v1 header is plain v1, but no stock v1 client knows eip155:196.
  ['a CAIP-2 v1 payment in X-PAYMENT', okxPayment, 'X-PAYMENT', 'payment-payload', 'v1', ['caip2_network_in_v1']],
  ['a v2 payment in X-PAYMENT', v2Payment, 'X-PAYMENT', 'payment-payload', 'mixed', ['v2_message_in_v1_header']],
  [
    'a receipt',
    { success: true, transaction: '0x01', network: 'eip155:196' },
    'PAYMENT-RESPONSE',
    'settle-response',
    'v2',
    [],
  ],
  ['a v1 receipt', { success: true, transaction: '0x01', network: 'base' }, undefined, 'settle-response', 'v1', []],
])('default: %s', (_label, value, header, kind, dialect, codes) => {
  const result = classifyPaymentMessage(value, header);
  expect({ kind: result.kind, dialect: result.dialect, codes: result.findings.map((finding) => finding.code) }).toEqual(
    {
      kind,
      dialect,
      codes,
    },
  );
});

test.each<[string, unknown, PaymentHeaderName | undefined, Record<string, unknown>]>([
  // "v1 field `maxAmountRequired` in a v2 header".
  [
    'maxAmountRequired in a v2 challenge',
    { ...v2Challenge, accepts: [{ ...okxChallenge.accepts[0], asset: USDG.address }] },
    'PAYMENT-REQUIRED',
    { code: 'v1_field_in_v2', field: 'accepts[0].maxAmountRequired', expected: 'amount', severity: 'error' },
  ],
  // "amount" where v1 expects maxAmountRequired.
  [
    'amount in a v1 challenge',
    { x402Version: 1, accepts: [{ ...offer, resource: options.url }] },
    undefined,
    { code: 'v2_field_in_v1', field: 'accepts[0].amount' },
  ],
  [
    'a resource object in a v1 challenge',
    { ...okxChallenge, resource: v2Challenge.resource },
    undefined,
    { code: 'v2_field_in_v1', field: 'resource' },
  ],
  // A string timeout: clients compute validBefore by string concatenation.
  [
    'a string timeout',
    withOffer({ maxTimeoutSeconds: '300' }),
    'PAYMENT-REQUIRED',
    { code: 'max_timeout_not_number', actual: '"300"' },
  ],
  [
    'a decimal amount',
    withOffer({ amount: '0.000001' }),
    'PAYMENT-REQUIRED',
    { code: 'amount_not_atomic', field: 'accepts[0].amount' },
  ],
  [
    'a v1 network name in v2',
    withOffer({ network: 'xlayer' }),
    'PAYMENT-REQUIRED',
    { code: 'short_network_in_v2', actual: 'xlayer' },
  ],
  [
    'an empty extra',
    withOffer({ extra: {} }),
    'PAYMENT-REQUIRED',
    { code: 'missing_eip712_domain', field: 'accepts[0].extra' },
  ],
  // The guide's most common mistake: the symbol instead of the EIP-712 name, version 2.
  [
    'the USDG domain spelled "USDG" / "2"',
    withOffer({ extra: { name: 'USDG', version: '2' } }),
    'PAYMENT-REQUIRED',
    { code: 'wrong_eip712_domain', expected: 'Global Dollar / 1', actual: 'USDG / 2' },
  ],
  [
    'a 64-byte signature',
    { ...v2Payment, payload: { ...payload, signature: payload.signature.slice(0, 130) } },
    'PAYMENT-SIGNATURE',
    { code: 'signature_not_65_bytes', expected: '65', actual: '64' },
  ],
  [
    'a payment without accepted',
    { ...okxPayment, x402Version: 2 },
    'PAYMENT-SIGNATURE',
    { code: 'missing_field', field: 'accepted' },
  ],
  [
    'top-level scheme in a v2 payment',
    { ...v2Payment, scheme: 'exact' },
    'PAYMENT-SIGNATURE',
    { code: 'v1_field_in_v2', field: 'scheme' },
  ],
  [
    'accepted in a v1 payment',
    { ...okxPayment, accepted: offer },
    'PAYMENT-SIGNATURE',
    { code: 'v2_field_in_v1', field: 'accepted' },
  ],
  [
    'a challenge sent as a payment',
    v2Challenge,
    'PAYMENT-SIGNATURE',
    { code: 'wrong_message_for_header', expected: 'payment-payload', actual: 'payment-required' },
  ],
  ['x402Version 3', { ...v2Challenge, x402Version: 3 }, undefined, { code: 'unsupported_version', actual: '3' }],
  ['no x402Version at all', { accepts: [offer] }, undefined, { code: 'unsupported_version', actual: 'missing' }],
  [
    'a failed settlement',
    { success: false, errorReason: 'invalid_exact_evm_nonce_already_used', transaction: '', network: 'eip155:196' },
    'PAYMENT-RESPONSE',
    { code: 'settlement_failed', severity: 'info', actual: 'invalid_exact_evm_nonce_already_used' },
  ],
])('behavior: reports %s', (_label, value, header, finding) => {
  expect(classifyPaymentMessage(value, header).findings).toContainEqual(expect.objectContaining(finding));
});

test.each([
  ['mixing v1 and v2 fields', { ...v2Challenge, accepts: [{ ...okxChallenge.accepts[0] }] }, 'mixed'],
  ['a v1 challenge with a v2 resource object', { ...okxChallenge, resource: v2Challenge.resource }, 'mixed'],
])('behavior: %s is the mixed dialect', (_label, value, dialect) => {
  expect(classifyPaymentMessage(value).dialect).toBe(dialect);
});

test.each([
  ['a string', 'eyJ4NDAy'],
  ['an array', [v2Challenge]],
  ['null', null],
])('error: %s is not_an_object', (_label, value) => {
  expect(classifyPaymentMessage(value)).toEqual({
    kind: 'unknown',
    dialect: 'unknown',
    findings: [{ code: 'not_an_object', severity: 'error' }],
  });
});

test('error: an object of no known kind is unknown_message unless the header tells', () => {
  expect(classifyPaymentMessage({ hello: 'world' }).findings.map((finding) => finding.code)).toEqual([
    'unknown_message',
  ]);
  expect(classifyPaymentMessage({ hello: 'world' }, 'PAYMENT-REQUIRED')).toMatchObject({
    kind: 'payment-required',
    findings: [{ code: 'unsupported_version' }],
  });
});
