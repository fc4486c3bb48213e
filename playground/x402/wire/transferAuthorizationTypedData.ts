import { getAddress, isAddress } from 'viem/utils';
import { X402SigningError } from './x402Errors.ts';
import type { ExactEvmAuthorization, Hex, JsonObject } from './x402Types.ts';

/**
 * EIP-3009 `TransferWithAuthorization` as EIP-712 typed data: the domain, the types and the message a
 * wallet signs for an x402 exact-EVM payment. Source: `shared/facts/x402.md` §2.1.
 */

/** The four-field EIP-712 domain of EIP-3009 tokens (no salt). */
export const EIP712_DOMAIN_FIELDS = [
  { name: 'name', type: 'string' },
  { name: 'version', type: 'string' },
  { name: 'chainId', type: 'uint256' },
  { name: 'verifyingContract', type: 'address' },
] as const;

/** The type string whose keccak256 is the domain typehash. */
export const EIP712_DOMAIN_TYPE_STRING =
  'EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)';

/** The EIP-712 types of an EIP-3009 transfer authorization, fields in signing order. */
export const TRANSFER_WITH_AUTHORIZATION_TYPES = {
  TransferWithAuthorization: [
    { name: 'from', type: 'address' },
    { name: 'to', type: 'address' },
    { name: 'value', type: 'uint256' },
    { name: 'validAfter', type: 'uint256' },
    { name: 'validBefore', type: 'uint256' },
    { name: 'nonce', type: 'bytes32' },
  ],
} as const;

/** The type string whose keccak256 is the `TransferWithAuthorization` typehash. */
export const TRANSFER_WITH_AUTHORIZATION_TYPE_STRING =
  'TransferWithAuthorization(address from,address to,uint256 value,uint256 validAfter,uint256 validBefore,bytes32 nonce)';

/** The EIP-712 domain a token signs under. */
export interface Eip712Domain {
  name: string;
  version: string;
  chainId: number;
  verifyingContract: Hex;
}

/** The authorization as EIP-712 wants it: the three amounts and times as bigints. */
export interface TransferAuthorizationMessage {
  from: Hex;
  to: Hex;
  value: bigint;
  validAfter: bigint;
  validBefore: bigint;
  nonce: Hex;
}

/** Everything `signTypedData` needs. */
export interface TransferAuthorizationTypedData {
  domain: Eip712Domain;
  types: typeof TRANSFER_WITH_AUTHORIZATION_TYPES;
  primaryType: 'TransferWithAuthorization';
  message: TransferAuthorizationMessage;
}

const EIP155_NETWORK = /^eip155:([1-9]\d*)$/;

/**
 * Reads the EVM chain id out of a CAIP-2 network id.
 *
 * @example
 * chainIdFromNetwork('eip155:196'); // 196
 * chainIdFromNetwork('base'); // undefined — a v1 short name, not CAIP-2
 */
export function chainIdFromNetwork(network: string): number | undefined {
  const match = EIP155_NETWORK.exec(network);
  const chainId = match?.[1] === undefined ? Number.NaN : Number(match[1]);
  return Number.isSafeInteger(chainId) ? chainId : undefined;
}

/** The parts of a payment requirement the EIP-712 domain comes from. */
export interface DomainSource {
  network: string;
  asset: string;
  extra?: JsonObject;
}

/**
 * Rebuilds the EIP-712 domain from a payment requirement the way @x402/evm does: `name` and
 * `version` from `extra`, `chainId` from the CAIP-2 `network`, `verifyingContract` = `asset`.
 *
 * @throws {X402SigningError} `missing_eip712_domain` (no `extra.name`/`extra.version`),
 * `unsupported_network` (not `eip155:<id>`) or `invalid_address` (asset not a 0x address).
 * @example
 * eip712DomainFor({ network: 'eip155:196', asset: USDG.address, extra: { name: 'Global Dollar', version: '1' } });
 * // { name: 'Global Dollar', version: '1', chainId: 196, verifyingContract: '0x4ae46a509F6b1D9056937BA4500cb143933D2dc8' }
 */
export function eip712DomainFor({ network, asset, extra }: DomainSource): Eip712Domain {
  const name = extra?.name;
  const version = extra?.version;
  if (typeof name !== 'string' || name === '' || typeof version !== 'string' || version === '') {
    throw new X402SigningError(
      'missing_eip712_domain',
      'extra.name and extra.version (the EIP-712 domain) are required',
      {
        field: 'extra',
      },
    );
  }
  const chainId = chainIdFromNetwork(network);
  if (chainId === undefined) {
    throw new X402SigningError('unsupported_network', 'The network is not a CAIP-2 EVM id such as eip155:196', {
      field: 'network',
      network,
    });
  }
  if (!isAddress(asset, { strict: false })) {
    throw new X402SigningError('invalid_address', 'The asset is not a 0x token address', { field: 'asset' });
  }
  return { name, version, chainId, verifyingContract: getAddress(asset) };
}

/**
 * Assembles the typed data of a `TransferWithAuthorization`, converting the decimal strings x402
 * transports into the bigints EIP-712 encodes.
 *
 * @example
 * const typedData = transferAuthorizationTypedData(domain, payload.authorization);
 * await account.signTypedData(typedData);
 */
export function transferAuthorizationTypedData(
  domain: Eip712Domain,
  authorization: ExactEvmAuthorization,
): TransferAuthorizationTypedData {
  return {
    domain,
    types: TRANSFER_WITH_AUTHORIZATION_TYPES,
    primaryType: 'TransferWithAuthorization',
    message: {
      from: authorization.from,
      to: authorization.to,
      value: BigInt(authorization.value),
      validAfter: BigInt(authorization.validAfter),
      validBefore: BigInt(authorization.validBefore),
      nonce: authorization.nonce,
    },
  };
}
