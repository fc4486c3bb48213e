import { expect, test } from 'vitest';
import { ANVIL_ACCOUNT_1_ADDRESS, SIGNATURE_VECTOR } from '../../../tests/fixtures/x402Vectors.ts';
import { USDG } from '../../catalog/chains.ts';
import { buildPaymentRequired, buildPaymentRequiredV1 } from '../server/buildPaymentRequired.ts';
import {
  parseExactEvmPayload,
  parsePaymentPayload,
  parsePaymentRequired,
  parsePaymentRequirementsV1,
  parseSettleResponse,
} from './parsePaymentMessages.ts';

const options = { url: 'https://example.test/api/report', payTo: ANVIL_ACCOUNT_1_ADDRESS, token: USDG };
const payload = { signature: SIGNATURE_VECTOR.signature, authorization: SIGNATURE_VECTOR.authorization };

test('default: challenges of both versions come back as built', () => {
  expect(parsePaymentRequired(JSON.parse(JSON.stringify(buildPaymentRequired(options))))).toEqual(
    buildPaymentRequired(options),
  );
  expect(parsePaymentRequired(JSON.parse(JSON.stringify(buildPaymentRequiredV1(options))))).toEqual(
    buildPaymentRequiredV1(options),
  );
});

test('behavior: a v1 requirement keeps its optional outputSchema and unknown fields', () => {
  const [requirement] = buildPaymentRequiredV1(options).accepts;
  const parsed = parsePaymentRequirementsV1({ ...requirement, outputSchema: { input: {} }, vendor: 1 }, 'accepts[0]');
  expect(parsed).toMatchObject({ outputSchema: { input: {} }, vendor: 1, maxAmountRequired: '1' });
});

test('behavior: the exact-EVM payload keeps only its two fields', () => {
  expect(parseExactEvmPayload({ ...payload, extra: 'dropped' }, 'payload')).toEqual(payload);
});

test('behavior: a payment path prefixes every field', () => {
  expect(() => parsePaymentPayload({ x402Version: 2, payload }, 'paymentPayload')).toThrow(
    expect.objectContaining({ details: expect.objectContaining({ field: 'paymentPayload.accepted' }) }),
  );
});

test('default: a failed receipt keeps errorReason and an empty transaction', () => {
  const receipt = {
    success: false,
    errorReason: 'invalid_exact_evm_signature',
    transaction: '',
    network: 'eip155:196',
  };
  expect(parseSettleResponse(receipt)).toEqual(receipt);
});
