import { getAddress, recoverAddress, size } from 'viem/utils';
import { hashTransferAuthorization } from '../wire/hashTransferAuthorization.ts';
import type { Eip712Domain } from '../wire/transferAuthorizationTypedData.ts';
import type { ExactEvmPayload, Hex } from '../wire/x402Types.ts';

/** An externally owned account signs with exactly r (32) ‖ s (32) ‖ v (1) bytes. */
const EOA_SIGNATURE_BYTES = 65;

/**
 * Recovers who signed a transfer authorization under `domain`, as `ecrecover` on the token contract
 * would. Only 65-byte ECDSA signatures count (as in @x402/evm for a payer without contract code):
 * a 64-byte compact signature or a smart-wallet signature yields `undefined`.
 *
 * The result is whoever the signature points at under *this* domain: a signature made under another
 * domain recovers a random-looking address, never an error. Compare it with `authorization.from`.
 *
 * @example
 * const signer = await recoverTransferAuthorizationSigner(domain, payment.payload);
 * signer === getAddress(payment.payload.authorization.from); // true when the signature is good
 */
export async function recoverTransferAuthorizationSigner(
  domain: Eip712Domain,
  { signature, authorization }: ExactEvmPayload,
): Promise<Hex | undefined> {
  if (size(signature) !== EOA_SIGNATURE_BYTES) return undefined;
  try {
    const { digest } = hashTransferAuthorization(domain, authorization);
    return getAddress(await recoverAddress({ hash: digest, signature }));
  } catch {
    // An invalid v or an (r, s) off the curve: no signer can be recovered.
    return undefined;
  }
}
