import { expect, test } from 'vitest';
import { ANVIL_ACCOUNT_1_ADDRESS, SIGNATURE_VECTOR } from '../../../tests/fixtures/x402Vectors.ts';
import { USDG } from '../../catalog/chains.ts';
import { buildPaymentRequiredV1, buildPaymentRequirements } from '../server/buildPaymentRequired.ts';
import { X402FormatError } from '../wire/x402Errors.ts';
import { normalizePayment } from './normalizePayment.ts';

const options = { url: 'https://example.test/api/report', payTo: ANVIL_ACCOUNT_1_ADDRESS, token: USDG };
const v2Requirements = buildPaymentRequirements(options);
const [v1Requirements] = buildPaymentRequiredV1(options).accepts;
const payload = { signature: SIGNATURE_VECTOR.signature, authorization: SIGNATURE_VECTOR.authorization };

const expected = {
  accepted: { scheme: 'exact', network: 'eip155:196' },
  requirements: {
    scheme: 'exact',
    network: 'eip155:196',
    asset: USDG.address,
    amount: '1',
    payTo: ANVIL_ACCOUNT_1_ADDRESS,
    extra: { name: 'Global Dollar', version: '1' },
  },
  payload,
};

test.each([
  ['a v2 payment against v2 requirements', { x402Version: 2, accepted: v2Requirements, payload }, v2Requirements, 2],
  // The InsForge guide's variant: v1 payment, v1 requirements.
  [
    'a v1 payment against v1 requirements',
    { x402Version: 1, scheme: 'exact', network: 'eip155:196', payload },
    v1Requirements,
    1,
  ],
  [
    'a v1 payment against v2 requirements',
    { x402Version: 1, scheme: 'exact', network: 'eip155:196', payload },
    v2Requirements,
    1,
  ],
])('default: %s normalises to the same form', (_label, payment, requirements, x402Version) => {
  expect(normalizePayment(payment, requirements)).toEqual({ x402Version, ...expected });
});

test('behavior: requirements without network take the one given (OKX chainIndex)', () => {
  const { network: _, ...forwarded } = v1Requirements ?? {};
  const payment = { x402Version: 1, scheme: 'exact', network: 'eip155:196', payload };
  expect(normalizePayment(payment, forwarded, { network: 'eip155:196' }).requirements.network).toBe('eip155:196');
  // A network in the requirements wins over the fallback.
  expect(normalizePayment(payment, v2Requirements, { network: 'eip155:1' }).requirements.network).toBe('eip155:196');
});

test.each([
  ['paymentRequirements', 'nope', {}],
  ['paymentRequirements.amount', v2Requirements, { amount: 1 }],
  ['paymentRequirements.asset', v2Requirements, { asset: 'USDG' }],
  ['paymentRequirements.payTo', v2Requirements, { payTo: '0x7099' }],
  ['paymentRequirements.scheme', v2Requirements, { scheme: undefined }],
])('error: invalid_shape at %s', (field, requirements, change) => {
  const payment = { x402Version: 2, accepted: v2Requirements, payload };
  const given = typeof requirements === 'string' ? requirements : { ...requirements, ...change };
  expect(() => normalizePayment(payment, given)).toThrow(X402FormatError);
  expect(() => normalizePayment(payment, given)).toThrow(
    expect.objectContaining({ code: 'invalid_shape', details: expect.objectContaining({ field }) }),
  );
});
