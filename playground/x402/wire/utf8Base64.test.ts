import { expect, test } from 'vitest';
import { decodeUtf8Base64, encodeUtf8Base64 } from './utf8Base64.ts';
import { X402FormatError } from './x402Errors.ts';

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof X402FormatError) return error.code;
    throw error;
  }
  throw new Error('expected an X402FormatError');
}

test.each([
  // facts §7: the smallest x402 message.
  ['{"x402Version":2}', 'eyJ4NDAyVmVyc2lvbiI6Mn0='],
  // Two-byte and three-byte UTF-8 sequences: `btoa` would throw on the ☕.
  ['Café ☕', 'Q2Fmw6kg4piV'],
  // RFC 4648 §10 vectors: every padding length.
  ['', ''],
  ['f', 'Zg=='],
  ['fo', 'Zm8='],
  ['foo', 'Zm9v'],
  ['foob', 'Zm9vYg=='],
  ['fooba', 'Zm9vYmE='],
  ['foobar', 'Zm9vYmFy'],
  // A character outside the Basic Multilingual Plane (4 UTF-8 bytes).
  ['支付 🧾', '5pSv5LuYIPCfp74='],
])('default: %j encodes to %s and back', (text, encoded) => {
  expect(encodeUtf8Base64(text)).toBe(encoded);
  expect(decodeUtf8Base64(encoded)).toBe(text);
});

test('behavior: every byte value survives a round trip through the alphabet', () => {
  const text = Array.from({ length: 0x800 }, (_, code) => String.fromCharCode(code)).join('');
  expect(decodeUtf8Base64(encodeUtf8Base64(text))).toBe(text);
  expect(encodeUtf8Base64(text)).toBe(Buffer.from(text, 'utf8').toString('base64'));
});

test.each([
  // Missing padding is accepted, as by @x402/core.
  ['eyJ4NDAyVmVyc2lvbiI6Mn0', '{"x402Version":2}'],
  ['Zg', 'f'],
])('behavior: unpadded %s still decodes', (encoded, text) => {
  expect(decodeUtf8Base64(encoded)).toBe(text);
});

test.each([
  // base64url alphabet (`-`, `_`): what a JWT library produces.
  ['base64url characters', 'Pz8-Pz8_'],
  // GNU base64 wraps at 76 columns; @x402/core rejects the newline.
  ['an embedded newline', 'eyJ4NDAy\nVmVyc2lvbiI6Mn0='],
  ['a trailing space', 'eyJ4NDAyVmVyc2lvbiI6Mn0= '],
  ['three padding characters', 'Zg==='],
  ['padding in the middle', 'Zg==Zg=='],
  // One leftover character cannot encode a byte.
  ['a dangling sextet', 'Zm9vY'],
  // Padding that does not complete a 4-character block.
  ['short padding', 'Zg='],
])('error: %s is invalid_base64', (_label, encoded) => {
  expect(codeOf(() => decodeUtf8Base64(encoded))).toBe('invalid_base64');
});

test('error: bytes that are not UTF-8 are invalid_utf8', () => {
  // 0xff never occurs in UTF-8.
  expect(codeOf(() => decodeUtf8Base64('/w=='))).toBe('invalid_utf8');
});
