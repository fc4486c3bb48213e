import { privateKeyToAccount } from 'viem/accounts';
import { expect, test } from 'vitest';
import { USDG } from '../catalog/chains.ts';
import { buildPaymentRequired, buildPaymentRequiredV1 } from './buildPaymentRequired.ts';
import { createPaymentPayload } from './createPaymentPayload.ts';
import { X402SigningError } from './x402Errors.ts';
import type { PaymentRequired } from './x402Types.ts';
import { ANVIL_ACCOUNT_0, ANVIL_ACCOUNT_1_ADDRESS, SIGNATURE_VECTOR } from './x402Vectors.ts';

const account = privateKeyToAccount(ANVIL_ACCOUNT_0.privateKey);
const options = { url: 'https://example.test/api/report', payTo: ANVIL_ACCOUNT_1_ADDRESS, token: USDG };
const signing = { now: 1_899_999_700, nonce: SIGNATURE_VECTOR.authorization.nonce };

test('default: a v2 challenge gets a v2 payment whose accepted is the offer, verbatim', async () => {
  const challenge = buildPaymentRequired(options);
  const payment = await createPaymentPayload(challenge, account, signing);
  expect(payment).toEqual({
    x402Version: 2,
    resource: challenge.resource,
    accepted: challenge.accepts[0],
    payload: { signature: SIGNATURE_VECTOR.signature, authorization: SIGNATURE_VECTOR.authorization },
  });
});

test("behavior: the guide's OKX challenge gets a v1-shaped payment with a CAIP-2 network", async () => {
  const payment = await createPaymentPayload(buildPaymentRequiredV1(options), account, signing);
  expect(payment).toEqual({
    x402Version: 1,
    scheme: 'exact',
    network: 'eip155:196',
    payload: { signature: SIGNATURE_VECTOR.signature, authorization: SIGNATURE_VECTOR.authorization },
  });
});

test('behavior: the first payable requirement wins', async () => {
  const challenge = buildPaymentRequired(options);
  const [usdg] = challenge.accepts;
  if (usdg === undefined) throw new Error('expected a requirement');
  const mixed: PaymentRequired = {
    ...challenge,
    accepts: [{ ...usdg, scheme: 'upto' }, { ...usdg, network: 'solana:mainnet' }, usdg],
  };
  const payment = await createPaymentPayload(mixed, account, signing);
  expect(payment.x402Version === 2 && payment.accepted).toBe(usdg);
});

test.each([
  [
    'v2',
    { ...buildPaymentRequired(options), accepts: [{ ...buildPaymentRequired(options).accepts[0], scheme: 'upto' }] },
  ],
  // A classic v1 short network name has no chain id to sign for.
  ['v1', buildPaymentRequiredV1(options, { network: 'base' })],
])('error: a %s challenge with nothing payable is no_payable_requirement', async (_label, challenge) => {
  const attempt = createPaymentPayload(challenge as PaymentRequired, account, signing);
  await expect(attempt).rejects.toBeInstanceOf(X402SigningError);
  await expect(attempt).rejects.toMatchObject({ code: 'no_payable_requirement', details: { offered: 1 } });
});
