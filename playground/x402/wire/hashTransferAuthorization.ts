import { concat, hashStruct, keccak256 } from 'viem/utils';
import {
  EIP712_DOMAIN_FIELDS,
  type Eip712Domain,
  TRANSFER_WITH_AUTHORIZATION_TYPES,
  transferAuthorizationTypedData,
} from './transferAuthorizationTypedData.ts';
import type { ExactEvmAuthorization, Hex } from './x402Types.ts';

/** The three hashes behind an EIP-712 signature, in the order they are computed. */
export interface TransferAuthorizationHashes {
  /** keccak256(abi.encode(DOMAIN_TYPEHASH, keccak(name), keccak(version), chainId, verifyingContract)) */
  domainSeparator: Hex;
  /** keccak256(abi.encode(TWA_TYPEHASH, from, to, value, validAfter, validBefore, nonce)) */
  structHash: Hex;
  /** keccak256(0x19 ‖ 0x01 ‖ domainSeparator ‖ structHash): what the wallet actually signs. */
  digest: Hex;
}

/**
 * Computes a token's EIP-712 domain separator — the value its `DOMAIN_SEPARATOR()` returns on chain,
 * so comparing the two tells whether `extra.name`/`extra.version` are right.
 *
 * @example
 * hashEip712Domain({ name: 'Global Dollar', version: '1', chainId: 196, verifyingContract: USDG.checksumAddress });
 * // '0x415f0706e345fcaf25d5be24c4fd7830d0054fc5742c51a0db9319c759bd3743'
 */
export function hashEip712Domain(domain: Eip712Domain): Hex {
  return hashStruct({
    data: { ...domain, chainId: BigInt(domain.chainId) },
    primaryType: 'EIP712Domain',
    types: { EIP712Domain: EIP712_DOMAIN_FIELDS },
  });
}

/**
 * Computes the domain separator, struct hash and digest of a transfer authorization. Recovering the
 * signer from `digest` is what a facilitator (and the token contract) does.
 *
 * @example
 * const { digest } = hashTransferAuthorization(domain, payload.authorization);
 */
export function hashTransferAuthorization(
  domain: Eip712Domain,
  authorization: ExactEvmAuthorization,
): TransferAuthorizationHashes {
  const { message } = transferAuthorizationTypedData(domain, authorization);
  const domainSeparator = hashEip712Domain(domain);
  const structHash = hashStruct({
    data: message,
    primaryType: 'TransferWithAuthorization',
    types: TRANSFER_WITH_AUTHORIZATION_TYPES,
  });
  return { domainSeparator, structHash, digest: keccak256(concat(['0x1901', domainSeparator, structHash])) };
}
