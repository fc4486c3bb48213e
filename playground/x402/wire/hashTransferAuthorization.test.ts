import { keccak256, stringToHex } from 'viem/utils';
import { expect, test } from 'vitest';
import { HASH_VECTORS, SIGNATURE_VECTOR } from '../../../tests/fixtures/x402Vectors.ts';
import { PLAYGROUND_USDG, USDG, USDG_DOMAIN_SEPARATOR, WRONG_USDG_DOMAINS } from '../../catalog/chains.ts';
import { hashEip712Domain, hashTransferAuthorization } from './hashTransferAuthorization.ts';
import {
  EIP712_DOMAIN_TYPE_STRING,
  TRANSFER_WITH_AUTHORIZATION_TYPE_STRING,
} from './transferAuthorizationTypedData.ts';

const usdgDomain = (name: string, version: string) => ({
  name,
  version,
  chainId: USDG.chainId,
  verifyingContract: USDG.checksumAddress,
});

test.each([
  ['the EIP712Domain typehash', EIP712_DOMAIN_TYPE_STRING, HASH_VECTORS.eip712DomainTypehash],
  [
    'the TransferWithAuthorization typehash',
    TRANSFER_WITH_AUTHORIZATION_TYPE_STRING,
    HASH_VECTORS.transferWithAuthorizationTypehash,
  ],
  // The two siblings of the EIP-3009 family the docs quote; x402 itself only signs transfers.
  [
    'the ReceiveWithAuthorization typehash',
    'ReceiveWithAuthorization(address from,address to,uint256 value,uint256 validAfter,uint256 validBefore,bytes32 nonce)',
    HASH_VECTORS.receiveWithAuthorizationTypehash,
  ],
  [
    'the CancelAuthorization typehash',
    'CancelAuthorization(address authorizer,bytes32 nonce)',
    HASH_VECTORS.cancelAuthorizationTypehash,
  ],
  ['keccak256 of the USDG domain name', USDG.name, HASH_VECTORS.keccakGlobalDollar],
  ['keccak256 of the USDG domain version', USDG.version, HASH_VECTORS.keccakVersion1],
])('default: %s', (_label, text, hash) => {
  expect(keccak256(stringToHex(text))).toBe(hash);
});

test('default: the USDG domain separator equals the one the InsForge guide quotes', () => {
  expect(hashEip712Domain(usdgDomain(USDG.name, USDG.version))).toBe(USDG_DOMAIN_SEPARATOR);
});

test.each(WRONG_USDG_DOMAINS)(
  'behavior: the wrong domain "$name" / "$version" hashes to its own separator',
  (wrong) => {
    const separator = hashEip712Domain(usdgDomain(wrong.name, wrong.version));
    expect(separator).toBe(wrong.domainSeparator);
    expect(separator).not.toBe(USDG_DOMAIN_SEPARATOR);
  },
);

test('behavior: the address case of verifyingContract does not change the separator', () => {
  expect(hashEip712Domain({ ...usdgDomain(USDG.name, USDG.version), verifyingContract: USDG.address })).toBe(
    USDG_DOMAIN_SEPARATOR,
  );
});

test('behavior: the playground token has a separator of its own, unlike real USDG', () => {
  const playground = hashEip712Domain({
    name: PLAYGROUND_USDG.name,
    version: PLAYGROUND_USDG.version,
    chainId: PLAYGROUND_USDG.chainId,
    verifyingContract: PLAYGROUND_USDG.checksumAddress,
  });
  expect(playground).not.toBe(USDG_DOMAIN_SEPARATOR);
  expect(WRONG_USDG_DOMAINS.map((wrong) => wrong.domainSeparator)).not.toContain(playground);
});

test('default: the signature vector reproduces its struct hash and digest', () => {
  expect(hashTransferAuthorization(SIGNATURE_VECTOR.domain, SIGNATURE_VECTOR.authorization)).toEqual({
    domainSeparator: USDG_DOMAIN_SEPARATOR,
    structHash: SIGNATURE_VECTOR.structHash,
    digest: SIGNATURE_VECTOR.digest,
  });
});

test.each([
  ['value', { value: '2' }],
  ['nonce', { nonce: `0x${'12'.repeat(32)}` as const }],
  ['validBefore', { validBefore: '1900000001' }],
])('behavior: changing %s changes the digest', (_field, change) => {
  const { digest } = hashTransferAuthorization(SIGNATURE_VECTOR.domain, {
    ...SIGNATURE_VECTOR.authorization,
    ...change,
  });
  expect(digest).not.toBe(SIGNATURE_VECTOR.digest);
});
