import { expect, test } from 'vitest';
import { SIGNATURE_VECTOR } from '../../../tests/fixtures/x402Vectors.ts';
import { PLAYGROUND_USDG, USDG } from '../../catalog/chains.ts';
import {
  chainIdFromNetwork,
  eip712DomainFor,
  transferAuthorizationTypedData,
} from './transferAuthorizationTypedData.ts';
import { X402SigningError } from './x402Errors.ts';

test.each([
  ['eip155:196', 196],
  ['eip155:8453', 8453],
  // v1 short names and other namespaces carry no EVM chain id.
  ['xlayer', undefined],
  ['base', undefined],
  ['solana:5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp', undefined],
  ['eip155:', undefined],
  ['eip155:0196', undefined],
  ['eip155:99999999999999999999', undefined],
])('behavior: chainIdFromNetwork(%s) is %s', (network, chainId) => {
  expect(chainIdFromNetwork(network)).toBe(chainId);
});

test('default: the domain comes from extra, the network and the asset (checksummed)', () => {
  expect(
    eip712DomainFor({ network: 'eip155:196', asset: USDG.address, extra: { name: 'Global Dollar', version: '1' } }),
  ).toEqual({ name: 'Global Dollar', version: '1', chainId: 196, verifyingContract: USDG.checksumAddress });
  expect(
    eip712DomainFor({
      network: 'eip155:196',
      asset: PLAYGROUND_USDG.address,
      extra: { name: 'Global Dollar', version: '1' },
    }).verifyingContract,
  ).toBe('0x000000000000000000000000000000000000dEaD');
});

test.each([
  ['missing_eip712_domain', { extra: undefined }],
  ['missing_eip712_domain', { extra: { name: 'Global Dollar' } }],
  ['missing_eip712_domain', { extra: { name: 'Global Dollar', version: 1 } }],
  ['unsupported_network', { network: 'xlayer' }],
  ['invalid_address', { asset: '0x4ae4' }],
])('error: %s', (code, change) => {
  const source = {
    network: 'eip155:196',
    asset: USDG.address,
    extra: { name: 'Global Dollar', version: '1' },
    ...change,
  };
  expect(() => eip712DomainFor(source)).toThrow(X402SigningError);
  expect(() => eip712DomainFor(source)).toThrow(expect.objectContaining({ code }));
});

test('default: the typed data a wallet is asked to sign', () => {
  expect(
    transferAuthorizationTypedData(SIGNATURE_VECTOR.domain, SIGNATURE_VECTOR.authorization),
  ).toMatchInlineSnapshot(`
    {
      "domain": {
        "chainId": 196,
        "name": "Global Dollar",
        "verifyingContract": "0x4ae46a509F6b1D9056937BA4500cb143933D2dc8",
        "version": "1",
      },
      "message": {
        "from": "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
        "nonce": "0x1111111111111111111111111111111111111111111111111111111111111111",
        "to": "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
        "validAfter": 0n,
        "validBefore": 1900000000n,
        "value": 1n,
      },
      "primaryType": "TransferWithAuthorization",
      "types": {
        "TransferWithAuthorization": [
          {
            "name": "from",
            "type": "address",
          },
          {
            "name": "to",
            "type": "address",
          },
          {
            "name": "value",
            "type": "uint256",
          },
          {
            "name": "validAfter",
            "type": "uint256",
          },
          {
            "name": "validBefore",
            "type": "uint256",
          },
          {
            "name": "nonce",
            "type": "bytes32",
          },
        ],
      },
    }
  `);
});
