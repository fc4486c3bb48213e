import { USDG } from '../catalog/chains.ts';
import type { ExactEvmAuthorization, Hex } from './x402Types.ts';

/**
 * Offline known-answer vectors from `shared/facts/x402.md` §7, computed there with viem 2.57 and
 * @x402/* 2.27. Tests reproduce them; the docs may quote them.
 */

/**
 * Anvil/Hardhat test account #0. Its key is published with every Ethereum dev toolchain — never fund
 * it. Only tests and documentation examples use it.
 */
export const ANVIL_ACCOUNT_0 = {
  privateKey: '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80',
  address: '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266',
} as const satisfies Record<string, Hex>;

/** Anvil account #1's address: the payee of the vectors. */
export const ANVIL_ACCOUNT_1_ADDRESS: Hex = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';

/** One deterministic (RFC 6979) USDG authorization signed by account #0, with every intermediate hash. */
export const SIGNATURE_VECTOR = {
  domain: { name: USDG.name, version: USDG.version, chainId: USDG.chainId, verifyingContract: USDG.checksumAddress },
  authorization: {
    from: ANVIL_ACCOUNT_0.address,
    to: ANVIL_ACCOUNT_1_ADDRESS,
    value: '1',
    validAfter: '0',
    validBefore: '1900000000',
    nonce: `0x${'11'.repeat(32)}`,
  } satisfies ExactEvmAuthorization,
  structHash: '0xe8fae975bcdb5675baa80ee4a5fc2c5fa6e5f9b0298804c6dbef010aaef338b8',
  digest: '0x56e9fd5e432bea0e517894679e34e99d512497758fadbf557e4c5a33a1a8e8c0',
  signature:
    '0x9a4fd47df5780b7c72fff6dab21f789710220b86f5109f03020ea83bf138722f7d770989a992dfddab9abbd945527d600be312308d368ad53a2c9a6c12d2995b1c',
} as const;

/** Typehashes and name/version hashes of the EIP-3009 family. */
export const HASH_VECTORS = {
  eip712DomainTypehash: '0x8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f',
  transferWithAuthorizationTypehash: '0x7c7c6cdb67a18743f49ec6fa9b35f50d52ed05cbed4cc592e13b44501c1a2267',
  receiveWithAuthorizationTypehash: '0xd099cc98ef71107a616c4f0f941f04c322d8e254fe26b3c6668db87aae413de8',
  cancelAuthorizationTypehash: '0x158b0a9edf7a828aad02f63cd515c68ef2f50ba807396f6d12842833a1597429',
  keccakGlobalDollar: '0x6ccead926a1c4a094ae32e6c0cbe123887e8e821daeb549ad4546fdd3b2f80be',
  keccakVersion1: '0xc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc6',
} as const;

/**
 * The canonical v2 USDG challenge (url `https://example.test/api/report`, amount "1", payee account #1,
 * timeout 300) as compact JSON in the reference key order, base64-encoded.
 */
export const CANONICAL_CHALLENGE_HEADER =
  'eyJ4NDAyVmVyc2lvbiI6MiwiZXJyb3IiOiJQYXltZW50IHJlcXVpcmVkIiwicmVzb3VyY2UiOnsidXJsIjoiaHR0cHM6Ly9leGFtcGxlLnRlc3QvYXBpL3JlcG9ydCIsImRlc2NyaXB0aW9uIjoiUHJlbWl1bSBBUEkgZW5kcG9pbnQiLCJtaW1lVHlwZSI6ImFwcGxpY2F0aW9uL2pzb24ifSwiYWNjZXB0cyI6W3sic2NoZW1lIjoiZXhhY3QiLCJuZXR3b3JrIjoiZWlwMTU1OjE5NiIsImFzc2V0IjoiMHg0YWU0NmE1MDlmNmIxZDkwNTY5MzdiYTQ1MDBjYjE0MzkzM2QyZGM4IiwiYW1vdW50IjoiMSIsInBheVRvIjoiMHg3MDk5Nzk3MEM1MTgxMmRjM0EwMTBDN2QwMWI1MGUwZDE3ZGM3OUM4IiwibWF4VGltZW91dFNlY29uZHMiOjMwMCwiZXh0cmEiOnsibmFtZSI6Ikdsb2JhbCBEb2xsYXIiLCJ2ZXJzaW9uIjoiMSJ9fV19';

/** OKX request signing with the fake secret `test-secret`. */
export const OKX_HMAC_VECTOR = {
  secretKey: 'test-secret',
  timestamp: '2026-01-01T00:00:00.000Z',
  method: 'POST',
  requestPath: '/api/v6/x402/verify',
  body: '{"x402Version":1,"chainIndex":"196","paymentPayload":{},"paymentRequirements":{}}',
  sign: 'jwcXi50kgCh7K9RzCQTzQLH34Sn284bJpZTQkdsjtkg=',
} as const;
