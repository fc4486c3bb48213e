import { ExactEvmScheme } from '@x402/evm/exact/facilitator';
import { privateKeyToAccount } from 'viem/accounts';
import { keccak256 } from 'viem/utils';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { createPaymentPayload } from '../../../tests/fixtures/createPaymentPayload.ts';
import { ANVIL_ACCOUNT_0, ANVIL_ACCOUNT_1_ADDRESS } from '../../../tests/fixtures/x402Vectors.ts';
import { findEip3009Token, PLAYGROUND_USDG, USDG } from '../../catalog/chains.ts';
import { buildPaymentRequiredV1, buildPaymentRequirements } from '../server/buildPaymentRequired.ts';
import { hashTransferAuthorization } from '../wire/hashTransferAuthorization.ts';
import { eip712DomainFor, transferAuthorizationTypedData } from '../wire/transferAuthorizationTypedData.ts';
import { X402FacilitatorError, X402FormatError } from '../wire/x402Errors.ts';
import type { ExactEvmAuthorization, PaymentPayload, PaymentRequirements } from '../wire/x402Types.ts';
import { createMockFacilitator, type MockFacilitatorOptions } from './createMockFacilitator.ts';

const NOW = 1_800_000_000;
const account = privateKeyToAccount(ANVIL_ACCOUNT_0.privateKey);
const OTHER_PAYEE = '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC';
const UNKNOWN_ASSET = '0x1234567890123456789012345678901234567890';
const frozen = (options: MockFacilitatorOptions = {}) => createMockFacilitator({ now: () => NOW, ...options });

const requirements = buildPaymentRequirements({
  url: 'https://example.test/api/report',
  payTo: ANVIL_ACCOUNT_1_ADDRESS,
  token: USDG,
});

/** Signs `terms` (default: the offer) and wraps it as a v2 payment that claims to accept `requirements`. */
async function pay(terms: PaymentRequirements = requirements, now = NOW): Promise<PaymentPayload> {
  const challenge = { x402Version: 2 as const, resource: { url: 'https://example.test/api/report' }, accepts: [terms] };
  const payment = await createPaymentPayload(challenge, account, { now });
  if (payment.x402Version !== 2) throw new Error('expected a v2 payment');
  return { ...payment, accepted: requirements };
}

/** Signs an authorization with hand-picked fields, for windows no client would produce. */
async function payWith(change: Partial<ExactEvmAuthorization>): Promise<PaymentPayload> {
  const payment = await pay();
  const authorization = { ...payment.payload.authorization, ...change };
  const signature = await account.signTypedData(
    transferAuthorizationTypedData(eip712DomainFor(requirements), authorization),
  );
  return { ...payment, payload: { signature, authorization } };
}

type Scenario = () => Promise<{
  payment: unknown;
  required?: PaymentRequirements;
  options?: MockFacilitatorOptions;
  before?: (facilitator: ReturnType<typeof createMockFacilitator>, payment: unknown) => Promise<unknown>;
}>;

/**
 * The behavioural vectors of facts §7. `offChain` marks the reasons @x402/evm finds before it touches
 * the chain; the others it learns from a failed simulation, for which the mock keeps local state.
 */
const VECTORS: [label: string, scenario: Scenario, reason: string, offChain: boolean][] = [
  // Tampered after signing: the payer claims another scheme.
  [
    'scheme tampered',
    async () => ({ payment: { ...(await pay()), accepted: { ...requirements, scheme: 'upto' } } }),
    'invalid_exact_evm_scheme',
    true,
  ],
  [
    'accepted.network changed',
    async () => ({ payment: { ...(await pay()), accepted: { ...requirements, network: 'eip155:8453' } } }),
    'invalid_exact_evm_network_mismatch',
    true,
  ],
  // Without name/version there is no domain to check the signature against.
  [
    'extra emptied',
    async () => ({ payment: await pay(), required: { ...requirements, extra: {} } }),
    'invalid_exact_evm_missing_eip712_domain',
    true,
  ],
  // The classic mistake: signing with the token symbol as the domain name.
  [
    'signed with name "USDG"',
    async () => ({ payment: await pay({ ...requirements, extra: { name: 'USDG', version: '1' } }) }),
    'invalid_exact_evm_signature',
    true,
  ],
  [
    'value altered after signing',
    async () => {
      const payment = await pay();
      return {
        payment: {
          ...payment,
          payload: { ...payment.payload, authorization: { ...payment.payload.authorization, value: '2' } },
        },
      };
    },
    'invalid_exact_evm_signature',
    true,
  ],
  // EIP-2098 compact signature: recoverable elsewhere, refused for EOAs by @x402/evm.
  [
    'a 64-byte signature',
    async () => {
      const payment = await pay();
      return {
        payment: { ...payment, payload: { ...payment.payload, signature: payment.payload.signature.slice(0, 130) } },
      };
    },
    'invalid_exact_evm_signature',
    true,
  ],
  [
    'a different payTo',
    async () => ({ payment: await pay(), required: { ...requirements, payTo: OTHER_PAYEE } }),
    'invalid_exact_evm_recipient_mismatch',
    true,
  ],
  // Expires in 3 s: under the 6 s margin for inclusion.
  [
    'maxTimeoutSeconds 3',
    async () => ({ payment: await pay({ ...requirements, maxTimeoutSeconds: 3 }) }),
    'invalid_exact_evm_payload_authorization_valid_before',
    true,
  ],
  [
    'validAfter now + 3600',
    async () => ({ payment: await payWith({ validAfter: String(NOW + 3600) }) }),
    'invalid_exact_evm_payload_authorization_valid_after',
    true,
  ],
  // Exact equality: paying more is refused too.
  [
    'signed 2 vs required 1',
    async () => ({ payment: await pay({ ...requirements, amount: '2' }) }),
    'invalid_exact_evm_payload_authorization_value_mismatch',
    true,
  ],
  [
    'an asset without code',
    async () => {
      const unknown = { ...requirements, asset: UNKNOWN_ASSET };
      return { payment: { ...(await pay(unknown)), accepted: unknown }, required: unknown };
    },
    'asset_not_deployed_contract',
    true,
  ],
  [
    'a nonce already settled',
    async () => ({
      payment: await pay(),
      before: (facilitator, payment) => facilitator.settle(payment, requirements),
    }),
    'invalid_exact_evm_nonce_already_used',
    false,
  ],
  [
    'a payer with zero balance',
    async () => ({
      payment: await pay(),
      options: {
        state: {
          balances: { [`eip155:196/${USDG.address}`]: { [ANVIL_ACCOUNT_0.address.toLowerCase()]: '0' } },
          usedNonces: [],
        },
      },
    }),
    'invalid_exact_evm_insufficient_balance',
    false,
  ],
  // Signed consistently with extra, but the token's real name is "Global Dollar".
  [
    "extra.name differs from the token's name",
    async () => {
      const usdgNamed = { ...requirements, extra: { name: 'USDG', version: '1' } };
      return { payment: { ...(await pay(usdgNamed)), accepted: usdgNamed }, required: usdgNamed };
    },
    'invalid_exact_evm_token_name_mismatch',
    false,
  ],
  [
    "extra.version differs from the token's version",
    async () => {
      const version2 = { ...requirements, extra: { name: 'Global Dollar', version: '2' } };
      return { payment: { ...(await pay(version2)), accepted: version2 }, required: version2 };
    },
    'invalid_exact_evm_token_version_mismatch',
    false,
  ],
];

describe('verify: the behavioural vectors of @x402/evm 2.27', () => {
  test.each(VECTORS)('behavior: %s → %s', async (_label, scenario, reason) => {
    const { payment, required = requirements, options, before } = await scenario();
    const facilitator = frozen(options);
    await before?.(facilitator, payment);
    expect(await facilitator.verify(payment, required)).toEqual({
      isValid: false,
      invalidReason: reason,
      payer: ANVIL_ACCOUNT_0.address,
    });
  });
});

/**
 * A chain where the known tokens have code, every payer is an EOA and every simulation succeeds: with
 * it, the real @x402/evm facilitator runs all of its off-chain checks and nothing else.
 */
const stubChain: ConstructorParameters<typeof ExactEvmScheme>[0] = {
  getAddresses: () => [],
  getCode: async ({ address }) => (findEip3009Token('eip155:196', address) === undefined ? '0x' : '0x6080'),
  readContract: async () => undefined,
  verifyTypedData: async () => false,
  writeContract: async () => {
    throw new Error('the stub chain broadcasts nothing');
  },
  sendTransaction: async () => {
    throw new Error('the stub chain broadcasts nothing');
  },
  waitForTransactionReceipt: async () => ({ status: 'reverted' }),
};

type ReferenceVerify = InstanceType<typeof ExactEvmScheme>['verify'];

/** Runs the real facilitator. Its types spell `network` as a template literal; the JSON is the same. */
const referenceVerify = (payment: unknown, required: PaymentRequirements) =>
  new ExactEvmScheme(stubChain).verify(
    payment as Parameters<ReferenceVerify>[0],
    required as Parameters<ReferenceVerify>[1],
  );

describe('conformance: the real @x402/evm 2.27 facilitator answers the same', () => {
  // @x402/evm reads Date.now() itself; only its clock is frozen, to the mock's.
  beforeAll(() => {
    vi.useFakeTimers({ now: NOW * 1000, toFake: ['Date'] });
  });
  afterAll(() => {
    vi.useRealTimers();
  });

  const offChain = VECTORS.filter(([, , , isOffChain]) => isOffChain);
  test.each(offChain)('behavior: %s → %s', async (_label, scenario) => {
    const { payment, required = requirements } = await scenario();
    const reference = await referenceVerify(payment, required);
    expect(await frozen().verify(payment, required)).toEqual({
      isValid: reference.isValid,
      invalidReason: reference.invalidReason,
      payer: reference.payer,
    });
  });

  test('default: both accept a correct payment', async () => {
    const payment = await pay();
    expect(await referenceVerify(payment, requirements)).toMatchObject({ isValid: true });
  });
});

test('default: a correct payment is valid and names its payer', async () => {
  expect(await frozen().verify(await pay(), requirements)).toEqual({ isValid: true, payer: ANVIL_ACCOUNT_0.address });
});

test('behavior: a numeric extra.name is refused as a bad signature, not thrown', async () => {
  const numeric = { ...requirements, extra: { name: 1, version: '1' } };
  expect(await frozen().verify({ ...(await pay()), accepted: numeric }, numeric)).toMatchObject({
    isValid: false,
    invalidReason: 'invalid_exact_evm_signature',
  });
});

test.each([
  // validBefore exactly now + 6 is still accepted; validAfter exactly now too.
  ['validBefore = now + 6', { validBefore: String(NOW + 6) }, true],
  ['validBefore = now + 5', { validBefore: String(NOW + 5) }, false],
  ['validAfter = now', { validAfter: String(NOW) }, true],
  ['validAfter = now + 1', { validAfter: String(NOW + 1) }, false],
])('behavior: the window boundary %s', async (_label, change, isValid) => {
  expect((await frozen().verify(await payWith(change), requirements)).isValid).toBe(isValid);
});

test("behavior: the guide's OKX variant (v1 payment, requirements without network) verifies on the same path", async () => {
  const challenge = buildPaymentRequiredV1({
    url: 'https://example.test/api/report',
    payTo: ANVIL_ACCOUNT_1_ADDRESS,
    token: USDG,
  });
  const payment = await createPaymentPayload(challenge, account, { now: NOW });
  const { network: _, ...forwarded } = challenge.accepts[0] ?? {};
  const facilitator = frozen();
  expect(await facilitator.verify(payment, forwarded, { network: 'eip155:196' })).toEqual({
    isValid: true,
    payer: ANVIL_ACCOUNT_0.address,
  });
  // Without the chain the requirements cannot be checked at all.
  await expect(facilitator.verify(payment, forwarded)).rejects.toMatchObject({
    code: 'invalid_shape',
    details: { field: 'paymentRequirements.network' },
  });
});

describe('settle', () => {
  test('default: settles once, moves the balance, and derives the tx hash from the authorization digest', async () => {
    const facilitator = frozen();
    const payment = await pay();
    const { digest } = hashTransferAuthorization(eip712DomainFor(requirements), payment.payload.authorization);
    expect(await facilitator.settle(payment, requirements)).toEqual({
      success: true,
      transaction: keccak256(digest),
      network: 'eip155:196',
      payer: ANVIL_ACCOUNT_0.address,
    });
    expect(facilitator.balanceOf(ANVIL_ACCOUNT_0.address, USDG.address)).toBe(99_999_999n);
    expect(facilitator.balanceOf(ANVIL_ACCOUNT_1_ADDRESS, USDG.address)).toBe(100_000_001n);
    // The playground token's balances are separate.
    expect(facilitator.balanceOf(ANVIL_ACCOUNT_0.address, PLAYGROUND_USDG.address)).toBe(100_000_000n);
  });

  test('behavior: settling the same payload again fails with the nonce reason and moves nothing', async () => {
    const facilitator = frozen();
    const payment = await pay();
    await facilitator.settle(payment, requirements);
    expect(await facilitator.settle(payment, requirements)).toEqual({
      success: false,
      errorReason: 'invalid_exact_evm_nonce_already_used',
      transaction: '',
      network: 'eip155:196',
      payer: ANVIL_ACCOUNT_0.address,
    });
    expect(facilitator.balanceOf(ANVIL_ACCOUNT_0.address, USDG.address)).toBe(99_999_999n);
  });

  test('behavior: two concurrent settles of one payload settle it exactly once', async () => {
    const facilitator = frozen();
    const payment = await pay();
    const results = await Promise.all([1, 2, 3].map(() => facilitator.settle(payment, requirements)));
    expect(results.filter((result) => result.success)).toHaveLength(1);
    expect(facilitator.balanceOf(ANVIL_ACCOUNT_0.address, USDG.address)).toBe(99_999_999n);
  });

  test('behavior: the same authorization gets the same tx hash in another facilitator', async () => {
    const payment = await pay();
    const [a, b] = await Promise.all([frozen().settle(payment, requirements), frozen().settle(payment, requirements)]);
    expect(a?.transaction).toMatch(/^0x[0-9a-f]{64}$/);
    expect(a?.transaction).toBe(b?.transaction);
  });

  test('behavior: an invalid payment settles nothing', async () => {
    const facilitator = frozen();
    const result = await facilitator.settle(await pay(), { ...requirements, payTo: OTHER_PAYEE });
    expect(result).toMatchObject({
      success: false,
      errorReason: 'invalid_exact_evm_recipient_mismatch',
      transaction: '',
    });
    expect(facilitator.snapshot().usedNonces).toEqual([]);
  });
});

test('behavior: state round-trips through snapshot, and a restored used nonce stays used', async () => {
  const first = frozen();
  const payment = await pay();
  await first.settle(payment, requirements);
  const second = frozen({ state: first.snapshot() });
  expect(await second.verify(payment, requirements)).toMatchObject({
    invalidReason: 'invalid_exact_evm_nonce_already_used',
  });
  expect(second.balanceOf(ANVIL_ACCOUNT_0.address, USDG.address)).toBe(99_999_999n);
  // The snapshot is a copy: changing it does not reach the facilitator.
  first.snapshot().usedNonces.length = 0;
  expect(first.snapshot().usedNonces).toHaveLength(1);
});

describe('faucet and balances', () => {
  test('default: any new address holds 100 test USDG of the first token', () => {
    const facilitator = frozen({ tokens: [PLAYGROUND_USDG, USDG] });
    expect(facilitator.balanceOf(OTHER_PAYEE)).toBe(100_000_000n);
    expect(facilitator.faucet(OTHER_PAYEE)).toBe(200_000_000n);
    expect(facilitator.faucet(OTHER_PAYEE.toLowerCase(), '5')).toBe(200_000_005n);
    expect(facilitator.balanceOf(OTHER_PAYEE, PLAYGROUND_USDG.checksumAddress)).toBe(200_000_005n);
    expect(facilitator.balanceOf(OTHER_PAYEE, USDG.address)).toBe(100_000_000n);
  });

  test('behavior: startingBalance sets what new addresses hold', () => {
    expect(frozen({ startingBalance: 0n }).balanceOf(OTHER_PAYEE)).toBe(0n);
  });

  test.each([
    ['invalid_address', () => frozen().faucet('XKO3c44cdddb6a900fa2b585dd299e03d12fa4293bc')],
    ['invalid_amount', () => frozen().faucet(OTHER_PAYEE, '1.5')],
    ['invalid_amount', () => frozen().faucet(OTHER_PAYEE, -1n)],
    ['unknown_asset', () => frozen().balanceOf(OTHER_PAYEE, UNKNOWN_ASSET)],
  ])('error: %s', (code, run) => {
    expect(run).toThrow(X402FacilitatorError);
    expect(run).toThrow(expect.objectContaining({ code }));
  });
});

test('default: supported() lists exact on X Layer for v2 and v1', () => {
  expect(frozen().supported()).toEqual({
    kinds: [
      { x402Version: 2, scheme: 'exact', network: 'eip155:196' },
      { x402Version: 1, scheme: 'exact', network: 'eip155:196' },
    ],
    extensions: [],
    signers: { 'eip155:*': [] },
  });
});

test.each([
  ['paymentPayload', 'not a payment', requirements],
  ['paymentPayload.x402Version', { x402Version: 3 }, requirements],
  [
    'paymentPayload.payload.authorization.nonce',
    {
      x402Version: 1,
      scheme: 'exact',
      network: 'eip155:196',
      payload: {
        signature: '0x',
        authorization: {
          from: ANVIL_ACCOUNT_0.address,
          to: ANVIL_ACCOUNT_1_ADDRESS,
          value: '1',
          validAfter: '0',
          validBefore: '1',
          nonce: '0x1',
        },
      },
    },
    requirements,
  ],
  ['paymentRequirements.payTo', null, { ...requirements, payTo: 'XKO70997970c51812dc3a010c7d01b50e0d17dc79c8' }],
])('error: malformed input throws invalid_shape at %s', async (field, payment, required) => {
  const attempt = frozen().verify(payment ?? (await pay()), required);
  await expect(attempt).rejects.toBeInstanceOf(X402FormatError);
  await expect(attempt).rejects.toMatchObject({ code: 'invalid_shape', details: { field } });
});
