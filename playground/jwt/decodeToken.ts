import { decode as decodeBase64url } from 'jose/base64url';
import { assertShallowEnough, assertShortEnough } from '../limits/inputLimits.ts';
import { JwtDecodeError } from './jwtErrors.ts';

/** The part of a compact token an error or a colour refers to. */
export type TokenSegment = 'header' | 'payload' | 'signature' | 'token';

/** A JSON object as found in a token header or payload. */
export type JsonObject = Record<string, unknown>;

/** A signed token (JWS compact serialization), fully decoded. */
export interface DecodedJws {
  readonly kind: 'jws';
  /** The token as decoded: surrounding whitespace and a `Bearer ` prefix removed. */
  readonly token: string;
  /** The raw base64url text of each part, for colouring the input. */
  readonly segments: { readonly header: string; readonly payload: string; readonly signature: string };
  readonly header: JsonObject;
  readonly payload: JsonObject;
  readonly signatureLength: number;
  readonly alg: string | undefined;
  readonly typ: string | undefined;
  readonly kid: string | undefined;
}

/** An encrypted token (JWE compact serialization): only its protected header is readable without the key. */
export interface DecodedJwe {
  readonly kind: 'jwe';
  readonly token: string;
  /** The five raw parts: protected header, encrypted key, IV, ciphertext, tag. */
  readonly segments: readonly [string, string, string, string, string];
  readonly header: JsonObject;
  readonly alg: string | undefined;
  readonly enc: string | undefined;
  readonly kid: string | undefined;
}

export type DecodedToken = DecodedJws | DecodedJwe;

const BASE64URL_CHAR = /[A-Za-z0-9_-]/;
const BEARER_PREFIX = /^bearer(\s+|$)/i;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a pasted JWT (or recognises a JWE) synchronously, cheap enough to run on every keystroke.
 * Decodes only — it does not verify the signature; see `verifyToken` for that. Input past
 * `INPUT_LIMITS` is refused before any decoding, so a hostile token cannot freeze the tab.
 *
 * @throws {JwtDecodeError} with `details.segment` naming the part at fault.
 * @throws {InputLimitError} `input_too_large` | `json_too_deep`, with `details.segment`.
 * @example
 * const decoded = decodeToken('Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyXzEyMyJ9.c2ln');
 * decoded.kind === 'jws' && decoded.payload.sub; // 'user_123'
 */
export function decodeToken(input: string): DecodedToken {
  assertShortEnough(input, { segment: 'token' });
  const token = input.trim().replace(BEARER_PREFIX, '').trim();
  if (token === '') throw new JwtDecodeError('empty', 'The token is empty', { segment: 'token' });

  const parts = token.split('.');
  const [header = '', payload = '', signature = ''] = parts;
  if (parts.length === 5) return decodeJwe(token, parts as [string, string, string, string, string]);
  if (parts.length !== 3) {
    throw new JwtDecodeError('wrong_segment_count', `A JWT has 3 dot-separated parts, this has ${parts.length}`, {
      segment: 'token',
      count: parts.length,
    });
  }

  const headerJson = parseJsonSegment(header, 'header');
  const payloadJson = parseJsonSegment(payload, 'payload');
  const signatureLength = decodeSegment(signature, 'signature').length;
  return {
    kind: 'jws',
    token,
    segments: { header, payload, signature },
    header: headerJson,
    payload: payloadJson,
    signatureLength,
    alg: stringField(headerJson, 'alg'),
    typ: stringField(headerJson, 'typ'),
    kid: stringField(headerJson, 'kid'),
  };
}

function decodeJwe(token: string, segments: [string, string, string, string, string]): DecodedJwe {
  const header = parseJsonSegment(segments[0], 'header');
  return {
    kind: 'jwe',
    token,
    segments,
    header,
    alg: stringField(header, 'alg'),
    enc: stringField(header, 'enc'),
    kid: stringField(header, 'kid'),
  };
}

function stringField(object: JsonObject, name: string): string | undefined {
  const value = object[name];
  return typeof value === 'string' ? value : undefined;
}

function parseJsonSegment(text: string, segment: 'header' | 'payload'): JsonObject {
  const bytes = decodeSegment(text, segment);
  let json: string;
  try {
    json = strictUtf8.decode(bytes);
  } catch {
    throw new JwtDecodeError('invalid_utf8', `The ${segment} is not valid UTF-8`, { segment });
  }
  assertShallowEnough(json, { segment });
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new JwtDecodeError('invalid_json', `The ${segment} is not valid JSON`, { segment });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new JwtDecodeError('not_an_object', `The ${segment} must be a JSON object`, { segment });
  }
  return value as JsonObject;
}

function decodeSegment(text: string, segment: 'header' | 'payload' | 'signature'): Uint8Array {
  // Find the offending character ourselves: decoders either skip it silently or fail without saying where.
  for (let position = 0; position < text.length; position++) {
    const character = text[position] ?? '';
    if (!BASE64URL_CHAR.test(character)) {
      throw new JwtDecodeError('invalid_base64url', `The ${segment} has a character outside base64url`, {
        segment,
        position,
        character,
      });
    }
  }
  // One character left over after full 4-character groups cannot encode a whole byte.
  if (text.length % 4 === 1) {
    throw new JwtDecodeError('invalid_base64url', `The ${segment} has a truncated last character group`, {
      segment,
      position: text.length - 1,
      character: text.at(-1) ?? '',
    });
  }
  return decodeBase64url(text);
}
