import { X402FormatError } from './x402Errors.ts';
import type { Hex, JsonObject } from './x402Types.ts';

/** The largest value of Solidity's `uint256`, the type of every amount and time an EIP-3009 transfer signs. */
export const MAX_UINT256 = 2n ** 256n - 1n;

/** One string format: whether a value is in it, and how an error message names it. */
export interface FieldFormat {
  readonly test: (value: string) => boolean;
  readonly expected: string;
}

const matching = (pattern: RegExp) => (value: string) => pattern.test(value);

/** The string formats of exact-EVM x402 fields. */
export const FORMATS = {
  /** 20 bytes, any letter case (checksums are not enforced on the wire). */
  address: { test: matching(/^0x[0-9a-fA-F]{40}$/), expected: 'a 0x address (20 bytes of hex)' },
  /** Atomic amounts and unix times travel as decimal strings, and must fit the uint256 they are signed as. */
  uint: {
    test: (value: string) => /^\d{1,78}$/.test(value) && BigInt(value) <= MAX_UINT256,
    expected: 'a decimal integer string of at most 2^256 − 1 (uint256)',
  },
  bytes32: { test: matching(/^0x[0-9a-fA-F]{64}$/), expected: '0x + 64 hex digits' },
  hex: { test: matching(/^0x[0-9a-fA-F]*$/), expected: 'a 0x hex string' },
} as const satisfies Record<string, FieldFormat>;

/**
 * Small readers for untrusted JSON. Each one returns the value typed or throws `invalid_shape` with
 * the JSON path of the offending field, so a reader learns *which* field is wrong.
 */

function shapeError(field: string, expected: string, value: unknown): X402FormatError {
  const actual = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  return new X402FormatError('invalid_shape', `${field} must be ${expected}, got ${actual}`, {
    field,
    expected,
    actual,
  });
}

/** True for a plain JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Returns `value` as a JSON object.
 *
 * @throws {X402FormatError} `invalid_shape` naming `field`.
 * @example
 * const body = asObject(JSON.parse(text), 'body');
 */
export function asObject(value: unknown, field: string): JsonObject {
  if (!isJsonObject(value)) throw shapeError(field, 'an object', value);
  return value;
}

function joinPath(parent: string, key: string): string {
  return parent === '' ? key : `${parent}.${key}`;
}

/**
 * Reads a required string field.
 *
 * @throws {X402FormatError} `invalid_shape` naming `<path>.<key>`.
 * @example
 * stringAt({ scheme: 'exact' }, 'scheme', 'accepted'); // 'exact'
 */
export function stringAt(object: JsonObject, key: string, path: string): string {
  const value = object[key];
  if (typeof value !== 'string') throw shapeError(joinPath(path, key), 'a string', value);
  return value;
}

/**
 * Reads an optional string field (absent or `undefined` → `undefined`).
 *
 * @throws {X402FormatError} `invalid_shape` when present but not a string.
 * @example
 * optionalStringAt({}, 'error', ''); // undefined
 */
export function optionalStringAt(object: JsonObject, key: string, path: string): string | undefined {
  return object[key] === undefined ? undefined : stringAt(object, key, path);
}

/**
 * Reads a required finite JSON number.
 *
 * @throws {X402FormatError} `invalid_shape`; a numeric string such as `"300"` is refused too.
 * @example
 * numberAt({ maxTimeoutSeconds: 300 }, 'maxTimeoutSeconds', 'accepts[0]'); // 300
 */
export function numberAt(object: JsonObject, key: string, path: string): number {
  const value = object[key];
  if (typeof value !== 'number' || !Number.isFinite(value)) throw shapeError(joinPath(path, key), 'a number', value);
  return value;
}

/**
 * Reads a required boolean field.
 *
 * @throws {X402FormatError} `invalid_shape`.
 * @example
 * booleanAt({ success: true }, 'success', ''); // true
 */
export function booleanAt(object: JsonObject, key: string, path: string): boolean {
  const value = object[key];
  if (typeof value !== 'boolean') throw shapeError(joinPath(path, key), 'a boolean', value);
  return value;
}

/**
 * Reads a required object field.
 *
 * @throws {X402FormatError} `invalid_shape`.
 * @example
 * objectAt({ extra: { name: 'Global Dollar' } }, 'extra', 'accepted'); // { name: 'Global Dollar' }
 */
export function objectAt(object: JsonObject, key: string, path: string): JsonObject {
  return asObject(object[key], joinPath(path, key));
}

/**
 * Reads an optional object field.
 *
 * @throws {X402FormatError} `invalid_shape` when present but not an object.
 * @example
 * optionalObjectAt({}, 'extensions', ''); // undefined
 */
export function optionalObjectAt(object: JsonObject, key: string, path: string): JsonObject | undefined {
  return object[key] === undefined ? undefined : objectAt(object, key, path);
}

/**
 * Reads a required array field, mapping each item with its own path (`accepts[0]`).
 *
 * @throws {X402FormatError} `invalid_shape`, also for an empty array when `nonEmpty` is set.
 * @example
 * arrayAt({ accepts: [{}] }, 'accepts', '', (item, path) => asObject(item, path), { nonEmpty: true });
 */
export function arrayAt<T>(
  object: JsonObject,
  key: string,
  path: string,
  readItem: (item: unknown, itemPath: string) => T,
  { nonEmpty = false }: { nonEmpty?: boolean } = {},
): T[] {
  const field = joinPath(path, key);
  const value = object[key];
  if (!Array.isArray(value)) throw shapeError(field, 'an array', value);
  if (nonEmpty && value.length === 0) throw shapeError(field, 'a non-empty array', value);
  return value.map((item, index) => readItem(item, `${field}[${index}]`));
}

/**
 * Reads a required string field in one of the `FORMATS`.
 *
 * @throws {X402FormatError} `invalid_shape` naming the field and what was expected.
 * @example
 * formattedAt({ value: '1' }, 'value', 'payload.authorization', FORMATS.uint); // '1'
 */
export function formattedAt(object: JsonObject, key: string, path: string, format: FieldFormat): string {
  const value = stringAt(object, key, path);
  if (format.test(value)) return value;
  const field = joinPath(path, key);
  throw new X402FormatError('invalid_shape', `${field} must be ${format.expected}`, {
    field,
    expected: format.expected,
    actual: 'string',
  });
}

/**
 * Reads a required hex field (address, bytes32, signature), typed as `0x…`.
 *
 * @throws {X402FormatError} `invalid_shape`.
 * @example
 * hexAt(authorization, 'nonce', 'payload.authorization', FORMATS.bytes32);
 */
export function hexAt(object: JsonObject, key: string, path: string, format: FieldFormat): Hex {
  return formattedAt(object, key, path, format) as Hex;
}
