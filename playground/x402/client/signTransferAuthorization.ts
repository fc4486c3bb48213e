import { bytesToHex, getAddress, isAddress } from 'viem/utils';
import {
  type DomainSource,
  eip712DomainFor,
  type TransferAuthorizationTypedData,
  transferAuthorizationTypedData,
} from '../wire/transferAuthorizationTypedData.ts';
import { X402SigningError } from '../wire/x402Errors.ts';
import type { ExactEvmAuthorization, ExactEvmPayload, Hex } from '../wire/x402Types.ts';

/**
 * Anything that can sign EIP-712 typed data for an address: a viem local account
 * (`privateKeyToAccount(…)`) as is, or a wrapper around an injected wallet.
 */
export interface TypedDataSigner {
  readonly address: Hex;
  signTypedData(typedData: TransferAuthorizationTypedData): Promise<Hex>;
}

/** A requirement reduced to what an authorization needs; v1 `maxAmountRequired` maps to `amount`. */
export interface AuthorizationTerms extends DomainSource {
  payTo: string;
  amount: string;
  maxTimeoutSeconds: number;
}

/**
 * Draws a fresh EIP-3009 nonce: 32 random bytes from the platform CSPRNG. Nonces are not sequential;
 * the token only remembers which (payer, nonce) pairs were used.
 *
 * @example
 * createAuthorizationNonce(); // '0x3f…' (66 characters)
 */
export function createAuthorizationNonce(): Hex {
  return bytesToHex(globalThis.crypto.getRandomValues(new Uint8Array(32)));
}

/**
 * Signs an EIP-3009 transfer authorization that pays `terms`, the way @x402/evm 2.27's client does:
 * `validAfter` "0", `validBefore` = now + `maxTimeoutSeconds`, a random 32-byte nonce, the domain
 * rebuilt from the requirement (`extra.name`/`version`, chain id of `network`, `asset`).
 *
 * @param now Unix seconds; defaults to the current time.
 * @param nonce Only for known-answer tests; leave it out otherwise.
 * @throws {X402SigningError} `missing_eip712_domain` | `unsupported_network` | `invalid_address`.
 * @example
 * const account = privateKeyToAccount(generatePrivateKey());
 * const payload = await signTransferAuthorization(account, challenge.accepts[0]);
 */
export async function signTransferAuthorization(
  signer: TypedDataSigner,
  terms: AuthorizationTerms,
  { now = Math.floor(Date.now() / 1000), nonce = createAuthorizationNonce() }: { now?: number; nonce?: Hex } = {},
): Promise<ExactEvmPayload> {
  const domain = eip712DomainFor(terms);
  if (!isAddress(terms.payTo, { strict: false })) {
    throw new X402SigningError('invalid_address', 'payTo is not a 0x EVM address', { field: 'payTo' });
  }
  const authorization: ExactEvmAuthorization = {
    from: getAddress(signer.address),
    to: getAddress(terms.payTo),
    value: terms.amount,
    validAfter: '0',
    validBefore: String(now + terms.maxTimeoutSeconds),
    nonce,
  };
  const signature = await signer.signTypedData(transferAuthorizationTypedData(domain, authorization));
  return { signature, authorization };
}
