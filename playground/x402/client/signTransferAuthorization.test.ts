import { privateKeyToAccount } from 'viem/accounts';
import { expect, test } from 'vitest';
import { ANVIL_ACCOUNT_0, ANVIL_ACCOUNT_1_ADDRESS, SIGNATURE_VECTOR } from '../../../tests/fixtures/x402Vectors.ts';
import { PLAYGROUND_USDG, USDG } from '../../catalog/chains.ts';
import { recoverTransferAuthorizationSigner } from '../facilitator/recoverTransferAuthorizationSigner.ts';
import { eip712DomainFor, type TransferAuthorizationTypedData } from '../wire/transferAuthorizationTypedData.ts';
import { X402SigningError } from '../wire/x402Errors.ts';
import type { Hex } from '../wire/x402Types.ts';
import { createAuthorizationNonce, signTransferAuthorization } from './signTransferAuthorization.ts';

const account = privateKeyToAccount(ANVIL_ACCOUNT_0.privateKey);
const NOW = 1_899_999_700;
const usdgTerms = {
  network: USDG.network,
  asset: USDG.address,
  extra: { name: USDG.name, version: USDG.version },
  payTo: ANVIL_ACCOUNT_1_ADDRESS,
  amount: '1',
  maxTimeoutSeconds: 300,
};

test('default: reproduces the deterministic signature vector exactly', async () => {
  const payload = await signTransferAuthorization(account, usdgTerms, {
    now: NOW,
    nonce: SIGNATURE_VECTOR.authorization.nonce,
  });
  expect(payload).toEqual({ signature: SIGNATURE_VECTOR.signature, authorization: SIGNATURE_VECTOR.authorization });
});

test('behavior: validAfter is "0", validBefore is now + maxTimeoutSeconds, payTo checksummed', async () => {
  const payload = await signTransferAuthorization(
    account,
    { ...usdgTerms, payTo: ANVIL_ACCOUNT_1_ADDRESS.toLowerCase() },
    { now: 1_000 },
  );
  expect(payload.authorization).toMatchObject({
    from: ANVIL_ACCOUNT_0.address,
    to: ANVIL_ACCOUNT_1_ADDRESS,
    validAfter: '0',
    validBefore: '1300',
  });
});

test('behavior: every call draws a new 32-byte nonce', async () => {
  const nonces = new Set<Hex>();
  for (let i = 0; i < 20; i++) nonces.add(createAuthorizationNonce());
  expect(nonces.size).toBe(20);
  for (const nonce of nonces) expect(nonce).toMatch(/^0x[0-9a-f]{64}$/);
  const a = await signTransferAuthorization(account, usdgTerms, { now: NOW });
  const b = await signTransferAuthorization(account, usdgTerms, { now: NOW });
  expect(a.authorization.nonce).not.toBe(b.authorization.nonce);
});

test('behavior: any object with address + signTypedData can sign', async () => {
  const signer = {
    address: account.address,
    signTypedData: (typedData: TransferAuthorizationTypedData) => account.signTypedData(typedData),
  };
  const payload = await signTransferAuthorization(signer, usdgTerms, {
    now: NOW,
    nonce: SIGNATURE_VECTOR.authorization.nonce,
  });
  expect(payload.signature).toBe(SIGNATURE_VECTOR.signature);
});

test('behavior: a playground signature recovers its signer only under the playground domain', async () => {
  const terms = { ...usdgTerms, asset: PLAYGROUND_USDG.address };
  const payload = await signTransferAuthorization(account, terms, { now: NOW });
  expect(await recoverTransferAuthorizationSigner(eip712DomainFor(terms), payload)).toBe(account.address);
  // Replayed against the real token, it points at some unrelated address: worthless on chain.
  const underUsdg = await recoverTransferAuthorizationSigner(SIGNATURE_VECTOR.domain, payload);
  expect(underUsdg).not.toBe(account.address);
});

test.each([
  // The domain lives in extra; without it a client cannot know what to sign.
  ['missing_eip712_domain', { extra: {} }],
  ['missing_eip712_domain', { extra: { name: 'Global Dollar', version: '' } }],
  // A v1 short name is not CAIP-2.
  ['unsupported_network', { network: 'xlayer' }],
  ['unsupported_network', { network: 'solana:5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp' }],
  ['invalid_address', { asset: 'USDG' }],
  // OKX Wallet shows addresses as XKO…; they are not EVM addresses.
  ['invalid_address', { payTo: 'XKO70997970c51812dc3a010c7d01b50e0d17dc79c8' }],
])('error: %s', async (code, change) => {
  const attempt = signTransferAuthorization(account, { ...usdgTerms, ...change }, { now: NOW });
  await expect(attempt).rejects.toBeInstanceOf(X402SigningError);
  await expect(attempt).rejects.toMatchObject({ code });
});
