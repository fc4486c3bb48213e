import { expect, test } from 'vitest';
import { ANVIL_ACCOUNT_0, SIGNATURE_VECTOR } from '../../../tests/fixtures/x402Vectors.ts';
import type { Hex } from '../wire/x402Types.ts';
import { recoverTransferAuthorizationSigner } from './recoverTransferAuthorizationSigner.ts';

test('default: the vector signature recovers account #0', async () => {
  const signer = await recoverTransferAuthorizationSigner(SIGNATURE_VECTOR.domain, SIGNATURE_VECTOR);
  expect(signer).toBe(ANVIL_ACCOUNT_0.address);
});

test('behavior: the same signature under another domain recovers someone else, without an error', async () => {
  const signer = await recoverTransferAuthorizationSigner(
    { ...SIGNATURE_VECTOR.domain, name: 'USDG' },
    SIGNATURE_VECTOR,
  );
  expect(signer).toMatch(/^0x[0-9a-fA-F]{40}$/);
  expect(signer).not.toBe(ANVIL_ACCOUNT_0.address);
});

test.each([
  // EIP-2098 compact form: 64 bytes; EOAs verified by @x402/evm need all 65.
  ['a 64-byte signature', SIGNATURE_VECTOR.signature.slice(0, 130)],
  ['an empty signature', '0x'],
  // v must be 27/28 (or 0/1).
  ['an invalid recovery byte', `${SIGNATURE_VECTOR.signature.slice(0, 130)}05`],
])('behavior: %s recovers no signer', async (_label, signature) => {
  const signer = await recoverTransferAuthorizationSigner(SIGNATURE_VECTOR.domain, {
    signature: signature as Hex,
    authorization: SIGNATURE_VECTOR.authorization,
  });
  expect(signer).toBeUndefined();
});
