import { X402FormatError } from './x402Errors.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Character code → 6-bit value; -1 for anything outside the standard alphabet. */
const SEXTETS = Int8Array.from({ length: 128 }, (_, code) => ALPHABET.indexOf(String.fromCharCode(code)));
/** The test @x402/core applies before decoding: standard alphabet, at most two `=` at the end. */
const STRICT_BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

const utf8Encoder = new TextEncoder();
const strictUtf8Decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Encodes text as standard base64 of its UTF-8 bytes, with `=` padding — the encoding of every x402
 * header. Unlike `btoa(text)`, it accepts any Unicode text.
 *
 * @example
 * encodeUtf8Base64('{"x402Version":2}'); // 'eyJ4NDAyVmVyc2lvbiI6Mn0='
 * encodeUtf8Base64('Café ☕'); // 'Q2Fmw6kg4piV'
 */
export function encodeUtf8Base64(text: string): string {
  return encodeBase64Bytes(utf8Encoder.encode(text));
}

/**
 * Encodes bytes as standard, padded base64 (what OKX's `OK-ACCESS-SIGN` carries).
 *
 * @example
 * encodeBase64Bytes(new Uint8Array([0xff])); // '/w=='
 */
export function encodeBase64Bytes(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const triple = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += ALPHABET.charAt(triple >> 18) + ALPHABET.charAt((triple >> 12) & 63);
    out += b === undefined ? '=' : ALPHABET.charAt((triple >> 6) & 63);
    out += c === undefined ? '=' : ALPHABET.charAt(triple & 63);
  }
  return out;
}

/**
 * Decodes standard base64 into UTF-8 text as strictly as @x402/core does: base64url characters
 * (`-`, `_`) and whitespace (including the line breaks GNU `base64` inserts every 76 columns) are
 * rejected; missing `=` padding is accepted.
 *
 * @throws {X402FormatError} `invalid_base64`, or `invalid_utf8` when the bytes are not UTF-8 text.
 * @example
 * decodeUtf8Base64('Q2Fmw6kg4piV'); // 'Café ☕'
 */
export function decodeUtf8Base64(encoded: string): string {
  const bytes = decodeBase64Bytes(encoded);
  try {
    return strictUtf8Decoder.decode(bytes);
  } catch {
    throw new X402FormatError('invalid_utf8', 'The decoded bytes are not UTF-8 text', { length: encoded.length });
  }
}

/**
 * Decodes strict standard base64 (see `decodeUtf8Base64`) into bytes.
 *
 * @throws {X402FormatError} `invalid_base64`.
 * @example
 * decodeBase64Bytes('/w=='); // Uint8Array [255]
 */
export function decodeBase64Bytes(encoded: string): Uint8Array<ArrayBuffer> {
  const body = encoded.replace(/=+$/, '');
  const padded = body.length !== encoded.length;
  // A lone trailing sextet cannot hold a byte; padding, when present, must complete a 4-character block.
  if (!STRICT_BASE64.test(encoded) || body.length % 4 === 1 || (padded && encoded.length % 4 !== 0)) {
    throw new X402FormatError('invalid_base64', 'Not standard base64 (A-Z a-z 0-9 + / and = padding only)', {
      length: encoded.length,
    });
  }
  const bytes = new Uint8Array(Math.floor((body.length * 3) / 4));
  let byteIndex = 0;
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < body.length; i++) {
    buffer = ((buffer << 6) | (SEXTETS[body.charCodeAt(i)] ?? 0)) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[byteIndex++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes;
}
