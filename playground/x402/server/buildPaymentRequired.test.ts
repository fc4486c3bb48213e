import { expect, test } from 'vitest';
import { ANVIL_ACCOUNT_1_ADDRESS, CANONICAL_CHALLENGE_HEADER } from '../../../tests/fixtures/x402Vectors.ts';
import { PLAYGROUND_USDG, USDG } from '../../catalog/chains.ts';
import { encodePaymentRequiredHeader } from '../wire/paymentHeaders.ts';
import { X402ChallengeError } from '../wire/x402Errors.ts';
import { buildPaymentRequired, buildPaymentRequiredV1, buildPaymentRequirements } from './buildPaymentRequired.ts';

const base = { url: 'https://example.test/api/report', payTo: ANVIL_ACCOUNT_1_ADDRESS };

test('default: the USDG v2 challenge encodes to the canonical header of the fact sheet', () => {
  expect(encodePaymentRequiredHeader(buildPaymentRequired({ ...base, token: USDG }))).toBe(CANONICAL_CHALLENGE_HEADER);
});

test('default: without a token the challenge asks for the playground token', () => {
  const [requirement] = buildPaymentRequired(base).accepts;
  expect(requirement).toEqual({
    scheme: 'exact',
    network: 'eip155:196',
    asset: PLAYGROUND_USDG.address,
    amount: '1',
    payTo: ANVIL_ACCOUNT_1_ADDRESS,
    maxTimeoutSeconds: 300,
    extra: { name: 'Global Dollar', version: '1' },
  });
});

test('behavior: maxTimeoutSeconds stays a JSON number', () => {
  const json = JSON.stringify(buildPaymentRequired({ ...base, maxTimeoutSeconds: 60 }));
  expect(json).toContain('"maxTimeoutSeconds":60');
});

test("default: the v1 builder gives the InsForge guide's OKX variant", () => {
  expect(buildPaymentRequiredV1({ ...base, token: USDG })).toEqual({
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
  });
});

test('behavior: a classic v1 body carries error and a short network name', () => {
  const body = buildPaymentRequiredV1(
    { ...base, amount: '10000' },
    { network: 'base', error: 'X-PAYMENT header is required' },
  );
  expect(body).toMatchObject({
    x402Version: 1,
    error: 'X-PAYMENT header is required',
    accepts: [{ network: 'base', maxAmountRequired: '10000' }],
  });
});

test('behavior: buildPaymentRequirements is the single entry of the challenge', () => {
  expect(buildPaymentRequired(base).accepts).toEqual([buildPaymentRequirements(base)]);
});

test.each([
  // Decimal instead of atomic units.
  ['invalid_amount', 'amount', { amount: '0.000001' }],
  ['invalid_amount', 'amount', { amount: '-1' }],
  // OKX Wallet displays XKO… addresses; the chain needs 0x.
  ['invalid_address', 'payTo', { payTo: 'XKO70997970c51812dc3a010c7d01b50e0d17dc79c8' }],
  ['invalid_address', 'payTo', { payTo: '' }],
  ['invalid_timeout', 'maxTimeoutSeconds', { maxTimeoutSeconds: 0 }],
  ['invalid_timeout', 'maxTimeoutSeconds', { maxTimeoutSeconds: 1.5 }],
  ['invalid_url', 'url', { url: '/api/report' }],
])('error: %s for %s', (code, field, change) => {
  for (const build of [buildPaymentRequired, buildPaymentRequiredV1]) {
    try {
      build({ ...base, ...change });
      throw new Error('expected an X402ChallengeError');
    } catch (error) {
      expect(error).toBeInstanceOf(X402ChallengeError);
      expect(error).toMatchObject({ code, details: { field } });
    }
  }
});
