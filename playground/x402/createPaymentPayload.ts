import { signTransferAuthorization, type TypedDataSigner } from './signTransferAuthorization.ts';
import { chainIdFromNetwork } from './transferAuthorizationTypedData.ts';
import { X402SigningError } from './x402Errors.ts';
import type { AnyPaymentPayload, AnyPaymentRequired, Hex } from './x402Types.ts';

/** True for what an EVM exact-scheme client can pay: `exact` on an `eip155:<id>` network. */
function isPayable(requirement: { scheme: string; network: string }): boolean {
  return requirement.scheme === 'exact' && chainIdFromNetwork(requirement.network) !== undefined;
}

/**
 * Answers a 402 challenge with a signed payment, in the challenge's own dialect: a v2 challenge gets
 * a v2 payment (`accepted` = the chosen requirement, verbatim); a v1-shaped one (the InsForge guide's
 * OKX variant) gets a v1 payment with top-level `scheme` and `network`, as the guide's client builds it.
 * Like @x402/fetch, it takes the first requirement it can pay.
 *
 * @param now Unix seconds; defaults to the current time.
 * @throws {X402SigningError} `no_payable_requirement` when no entry is `exact` on an `eip155:` network,
 * or any error of `signTransferAuthorization`.
 * @example
 * const payment = await createPaymentPayload(decodePaymentRequiredHeader(header), account);
 * fetch(url, { headers: { [paymentRequestHeader(payment).name]: paymentRequestHeader(payment).value } });
 */
export async function createPaymentPayload(
  challenge: AnyPaymentRequired,
  signer: TypedDataSigner,
  options: { now?: number; nonce?: Hex } = {},
): Promise<AnyPaymentPayload> {
  if (challenge.x402Version === 2) {
    const accepted = challenge.accepts.find(isPayable);
    if (accepted === undefined) throw noPayableRequirement(challenge.accepts.length);
    const payload = await signTransferAuthorization(signer, accepted, options);
    return { x402Version: 2, resource: challenge.resource, accepted, payload };
  }
  const requirement = challenge.accepts.find(isPayable);
  if (requirement === undefined) throw noPayableRequirement(challenge.accepts.length);
  const payload = await signTransferAuthorization(
    signer,
    { ...requirement, amount: requirement.maxAmountRequired },
    options,
  );
  return { x402Version: 1, scheme: requirement.scheme, network: requirement.network, payload };
}

function noPayableRequirement(offered: number): X402SigningError {
  return new X402SigningError('no_payable_requirement', 'No requirement uses the exact scheme on an eip155 network', {
    offered,
  });
}
