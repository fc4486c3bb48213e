import {
  arrayAt,
  asObject,
  booleanAt,
  FORMATS,
  formattedAt,
  hexAt,
  numberAt,
  optionalObjectAt,
  optionalStringAt,
  stringAt,
} from './shapeChecks.ts';
import { X402FormatError } from './x402Errors.ts';
import type {
  AnyPaymentPayload,
  AnyPaymentRequired,
  ExactEvmAuthorization,
  ExactEvmPayload,
  JsonObject,
  PaymentRequirements,
  PaymentRequirementsV1,
  ResourceInfo,
  SettleResponse,
} from './x402Types.ts';

/**
 * Shape validation for decoded x402 messages. Unknown fields are kept (as @x402/core's schemas
 * let them through); known fields must have the documented JSON types, and the exact-EVM payload
 * must carry hex addresses, a 32-byte nonce and decimal integers.
 */

function readVersion(object: JsonObject, path: string): 1 | 2 {
  const version = object.x402Version;
  if (version === 1 || version === 2) return version;
  throw new X402FormatError('invalid_shape', `${path}x402Version must be 1 or 2`, {
    field: `${path}x402Version`,
    expected: '1 or 2',
    actual: JSON.stringify(version) ?? 'undefined',
  });
}

function readResourceInfo(value: unknown, path: string): ResourceInfo {
  const object = asObject(value, path);
  return {
    ...object,
    url: stringAt(object, 'url', path),
    description: optionalStringAt(object, 'description', path),
    mimeType: optionalStringAt(object, 'mimeType', path),
  };
}

/**
 * Validates one v2 payment requirement (`accepts[i]` of a v2 challenge, or `accepted` of a v2 payment).
 *
 * @throws {X402FormatError} `invalid_shape` with `details.field`, e.g. `accepts[0].maxTimeoutSeconds`
 * when it is the string `"300"`.
 * @example
 * parsePaymentRequirements(JSON.parse(body).paymentRequirements, 'paymentRequirements');
 */
export function parsePaymentRequirements(value: unknown, path: string): PaymentRequirements {
  const object = asObject(value, path);
  return {
    ...object,
    scheme: stringAt(object, 'scheme', path),
    network: stringAt(object, 'network', path),
    asset: stringAt(object, 'asset', path),
    amount: stringAt(object, 'amount', path),
    payTo: stringAt(object, 'payTo', path),
    maxTimeoutSeconds: numberAt(object, 'maxTimeoutSeconds', path),
    extra: optionalObjectAt(object, 'extra', path) ?? {},
  };
}

/**
 * Validates one v1 payment requirement (also the InsForge guide's OKX variant, whose `resource`,
 * `description` and `mimeType` are present and whose `network` is CAIP-2).
 *
 * @throws {X402FormatError} `invalid_shape` with `details.field`.
 * @example
 * parsePaymentRequirementsV1(challenge.accepts[0], 'accepts[0]').maxAmountRequired; // '1'
 */
export function parsePaymentRequirementsV1(value: unknown, path: string): PaymentRequirementsV1 {
  const object = asObject(value, path);
  return {
    ...object,
    scheme: stringAt(object, 'scheme', path),
    network: stringAt(object, 'network', path),
    maxAmountRequired: stringAt(object, 'maxAmountRequired', path),
    resource: stringAt(object, 'resource', path),
    description: stringAt(object, 'description', path),
    mimeType: stringAt(object, 'mimeType', path),
    outputSchema: optionalObjectAt(object, 'outputSchema', path),
    payTo: stringAt(object, 'payTo', path),
    maxTimeoutSeconds: numberAt(object, 'maxTimeoutSeconds', path),
    asset: stringAt(object, 'asset', path),
    extra: optionalObjectAt(object, 'extra', path),
  };
}

/**
 * Validates a decoded 402 challenge: v2 (`resource` object, `amount`) or v1 / OKX variant
 * (`maxAmountRequired`), chosen by `x402Version`.
 *
 * @throws {X402FormatError} `invalid_shape` with `details.field`.
 * @example
 * parsePaymentRequired({ x402Version: 1, accepts: [] }); // throws: accepts must be non-empty
 */
export function parsePaymentRequired(value: unknown): AnyPaymentRequired {
  const object = asObject(value, 'paymentRequired');
  const error = optionalStringAt(object, 'error', '');
  if (readVersion(object, '') === 1) {
    return {
      ...object,
      x402Version: 1,
      error,
      accepts: arrayAt(object, 'accepts', '', parsePaymentRequirementsV1, { nonEmpty: true }),
    };
  }
  return {
    ...object,
    x402Version: 2,
    error,
    resource: readResourceInfo(object.resource, 'resource'),
    accepts: arrayAt(object, 'accepts', '', parsePaymentRequirements, { nonEmpty: true }),
    extensions: optionalObjectAt(object, 'extensions', ''),
  };
}

function readAuthorization(value: unknown, path: string): ExactEvmAuthorization {
  const object = asObject(value, path);
  return {
    from: hexAt(object, 'from', path, FORMATS.address),
    to: hexAt(object, 'to', path, FORMATS.address),
    value: formattedAt(object, 'value', path, FORMATS.uint),
    validAfter: formattedAt(object, 'validAfter', path, FORMATS.uint),
    validBefore: formattedAt(object, 'validBefore', path, FORMATS.uint),
    nonce: hexAt(object, 'nonce', path, FORMATS.bytes32),
  };
}

/**
 * Validates an exact-EVM `payload`: a hex signature (any length: a wrong length is a verification
 * failure, not a shape error) and an authorization whose six fields are strings in the right format.
 *
 * @throws {X402FormatError} `invalid_shape` with `details.field`, e.g. `payload.authorization.nonce`.
 * @example
 * parseExactEvmPayload(paymentPayload.payload, 'paymentPayload.payload').authorization.from;
 */
export function parseExactEvmPayload(value: unknown, path: string): ExactEvmPayload {
  const object = asObject(value, path);
  return {
    signature: hexAt(object, 'signature', path, FORMATS.hex),
    authorization: readAuthorization(object.authorization, `${path}.authorization`),
  };
}

/**
 * Validates a decoded payment: v2 (`accepted` + `payload`) or v1 / OKX variant (top-level
 * `scheme` and `network`), chosen by `x402Version`.
 *
 * @throws {X402FormatError} `invalid_shape` with `details.field` prefixed by `path`.
 * @example
 * parsePaymentPayload(body.paymentPayload, 'paymentPayload').x402Version; // 2
 */
export function parsePaymentPayload(value: unknown, path = ''): AnyPaymentPayload {
  const object = asObject(value, path || 'paymentPayload');
  const prefix = path === '' ? '' : `${path}.`;
  const version = readVersion(object, prefix);
  const payload = parseExactEvmPayload(object.payload, `${prefix}payload`);
  if (version === 1) {
    return {
      ...object,
      x402Version: 1,
      scheme: stringAt(object, 'scheme', path),
      network: stringAt(object, 'network', path),
      payload,
    };
  }
  return {
    ...object,
    x402Version: 2,
    resource: object.resource === undefined ? undefined : readResourceInfo(object.resource, `${prefix}resource`),
    accepted: parsePaymentRequirements(object.accepted, `${prefix}accepted`),
    payload,
    extensions: optionalObjectAt(object, 'extensions', path),
  };
}

/**
 * Validates a decoded settlement receipt (`PAYMENT-RESPONSE` / `X-PAYMENT-RESPONSE`).
 *
 * @throws {X402FormatError} `invalid_shape` with `details.field`.
 * @example
 * parseSettleResponse({ success: true, transaction: '0x…', network: 'eip155:196' }).success; // true
 */
export function parseSettleResponse(value: unknown): SettleResponse {
  const object = asObject(value, 'settleResponse');
  return {
    ...object,
    success: booleanAt(object, 'success', ''),
    errorReason: optionalStringAt(object, 'errorReason', ''),
    payer: optionalStringAt(object, 'payer', ''),
    transaction: stringAt(object, 'transaction', ''),
    network: stringAt(object, 'network', ''),
  };
}
