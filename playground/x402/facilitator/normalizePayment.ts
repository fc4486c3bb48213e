import { parsePaymentPayload } from '../wire/parsePaymentMessages.ts';
import {
  asObject,
  FORMATS,
  formattedAt,
  hexAt,
  optionalObjectAt,
  optionalStringAt,
  stringAt,
} from '../wire/shapeChecks.ts';
import { X402FormatError } from '../wire/x402Errors.ts';
import type { ExactEvmPayload, Hex, JsonObject } from '../wire/x402Types.ts';

/**
 * One internal form for every payment the mock facilitator accepts — a v2 payment (`accepted` +
 * `payload`) or a v1 / OKX-variant one (top-level `scheme`/`network`), against v2 (`amount`) or v1
 * (`maxAmountRequired`) requirements — so verification has a single code path.
 */
export interface NormalizedPayment {
  x402Version: 1 | 2;
  /** What the payer says it chose: `accepted` in v2, the top-level fields in v1. */
  accepted: { scheme: string; network: string };
  /** What the resource server requires. */
  requirements: {
    scheme: string;
    network: string;
    asset: Hex;
    amount: string;
    payTo: Hex;
    extra: JsonObject;
  };
  payload: ExactEvmPayload;
}

function readRequirements(value: unknown, fallbackNetwork: string | undefined): NormalizedPayment['requirements'] {
  const path = 'paymentRequirements';
  const object = asObject(value, path);
  // v2 says `amount`, v1 and the OKX variant say `maxAmountRequired`.
  const amountKey =
    object.amount === undefined && object.maxAmountRequired !== undefined ? 'maxAmountRequired' : 'amount';
  // The InsForge guide forwards requirements without `network`: OKX learns the chain from `chainIndex`.
  const network = optionalStringAt(object, 'network', path) ?? fallbackNetwork;
  if (network === undefined)
    throw new X402FormatError('invalid_shape', `${path}.network is required`, {
      field: `${path}.network`,
      expected: 'a string',
      actual: 'undefined',
    });
  return {
    scheme: stringAt(object, 'scheme', path),
    network,
    asset: hexAt(object, 'asset', path, FORMATS.address),
    amount: formattedAt(object, amountKey, path, FORMATS.uint),
    payTo: hexAt(object, 'payTo', path, FORMATS.address),
    extra: optionalObjectAt(object, 'extra', path) ?? {},
  };
}

/**
 * Validates and normalises a facilitator request's `paymentPayload` and `paymentRequirements`.
 *
 * @param network The chain to assume when the requirements carry no `network` (OKX's `chainIndex`).
 * @throws {X402FormatError} `invalid_shape` with `details.field` (`paymentPayload.payload.authorization.value`).
 * @example
 * const payment = normalizePayment(body.paymentPayload, body.paymentRequirements, { network: 'eip155:196' });
 * payment.requirements.amount; // '1' — from `amount` or `maxAmountRequired`
 */
export function normalizePayment(
  paymentPayload: unknown,
  paymentRequirements: unknown,
  { network }: { network?: string } = {},
): NormalizedPayment {
  const payment = parsePaymentPayload(paymentPayload, 'paymentPayload');
  const requirements = readRequirements(paymentRequirements, network);
  const accepted =
    payment.x402Version === 2
      ? { scheme: payment.accepted.scheme, network: payment.accepted.network }
      : { scheme: payment.scheme, network: payment.network };
  return { x402Version: payment.x402Version, accepted, requirements, payload: payment.payload };
}
