import { describe, expect, test } from 'vitest';
import { RFC7515_VECTORS } from '../../tests/fixtures/rfc7515Vectors.ts';
import { InputLimitError } from '../limits/inputLimitErrors.ts';
import { INPUT_LIMITS } from '../limits/inputLimits.ts';
import { decodeToken } from './decodeToken.ts';
import { JwtDecodeError } from './jwtErrors.ts';

const b64 = (text: string) => Buffer.from(text).toString('base64url');
const GOOD_HEADER = b64('{"alg":"HS256","typ":"JWT"}');
const GOOD_PAYLOAD = b64('{"sub":"user_1"}');
const GOOD_SIGNATURE = 'c2lnbmF0dXJl';

function decodeError(input: string): JwtDecodeError {
  try {
    decodeToken(input);
  } catch (error) {
    if (error instanceof JwtDecodeError) return error;
    throw error;
  }
  throw new Error('expected a JwtDecodeError');
}

test('default: the RFC 7519 §3.1 example decodes to its documented claims', () => {
  const decoded = decodeToken(RFC7515_VECTORS.hs256.token);
  if (decoded.kind !== 'jws') throw new Error('expected a JWS');
  expect(decoded.payload).toEqual({ iss: 'joe', exp: 1300819380, 'http://example.com/is_root': true });
  expect(decoded.header).toEqual({ typ: 'JWT', alg: 'HS256' });
  expect({ alg: decoded.alg, typ: decoded.typ, kid: decoded.kid }).toEqual({
    alg: 'HS256',
    typ: 'JWT',
    kid: undefined,
  });
  // HMAC SHA-256 output is 32 bytes.
  expect(decoded.signatureLength).toBe(32);
  expect(decoded.segments.signature).toBe('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk');
});

test.each([
  // Copied from an Authorization header.
  ['a Bearer prefix', `Bearer ${RFC7515_VECTORS.hs256.token}`],
  // Any casing, with the newline a terminal copy leaves behind.
  ['a lowercase bearer prefix and a trailing newline', `  bearer   ${RFC7515_VECTORS.hs256.token}\n`],
])('behavior: accepts %s', (_label, input) => {
  const decoded = decodeToken(input);
  expect(decoded.token).toBe(RFC7515_VECTORS.hs256.token);
  expect(decoded.kind === 'jws' && decoded.payload.iss).toBe('joe');
});

test('behavior: an unsigned token (alg none) decodes with an empty signature', () => {
  const decoded = decodeToken(`${b64('{"alg":"none"}')}.${GOOD_PAYLOAD}.`);
  expect(decoded.kind === 'jws' && decoded.signatureLength).toBe(0);
});

test('behavior: a 5-part JWE is recognised, with only its protected header read', () => {
  const header = b64('{"alg":"RSA-OAEP","enc":"A256GCM","kid":"k1"}');
  const decoded = decodeToken(`${header}.ZW5jcnlwdGVkLWtleQ.aXY.Y2lwaGVydGV4dA.dGFn`);
  expect(decoded).toMatchObject({ kind: 'jwe', alg: 'RSA-OAEP', enc: 'A256GCM', kid: 'k1' });
  expect(decoded).not.toHaveProperty('payload');
});

describe('break one segment', () => {
  test.each([
    // Nothing pasted yet.
    ['empty input', '', 'empty', { segment: 'token' }],
    ['only whitespace', ' \n\t', 'empty', { segment: 'token' }],
    ['only a Bearer prefix', 'Bearer ', 'empty', { segment: 'token' }],
    // A token cut short while copying.
    ['two parts', `${GOOD_HEADER}.${GOOD_PAYLOAD}`, 'wrong_segment_count', { segment: 'token', count: 2 }],
    ['four parts', `${GOOD_HEADER}.${GOOD_PAYLOAD}.${GOOD_SIGNATURE}.x`, 'wrong_segment_count', { count: 4 }],
    // A stray character inside the header.
    [
      'a "*" in the header',
      `eyJ*bGciOiJIUzI1NiJ9.${GOOD_PAYLOAD}.${GOOD_SIGNATURE}`,
      'invalid_base64url',
      { segment: 'header', position: 3, character: '*' },
    ],
    // Base64 padding is not allowed in JWS.
    [
      'padding in the payload',
      `${GOOD_HEADER}.${GOOD_PAYLOAD}==.${GOOD_SIGNATURE}`,
      'invalid_base64url',
      { segment: 'payload', character: '=' },
    ],
    // Plain base64's "+" instead of base64url's "-".
    [
      'a "+" in the signature',
      `${GOOD_HEADER}.${GOOD_PAYLOAD}.ab+d`,
      'invalid_base64url',
      { segment: 'signature', position: 2 },
    ],
    // One dangling character cannot encode a byte.
    [
      'a truncated header',
      `${GOOD_HEADER}A.${GOOD_PAYLOAD}.${GOOD_SIGNATURE}`,
      'invalid_base64url',
      { segment: 'header' },
    ],
    [
      'a header that is not JSON',
      `${b64('alg=HS256')}.${GOOD_PAYLOAD}.${GOOD_SIGNATURE}`,
      'invalid_json',
      { segment: 'header' },
    ],
    ['an empty header', `.${GOOD_PAYLOAD}.${GOOD_SIGNATURE}`, 'invalid_json', { segment: 'header' }],
    [
      'a payload that is a JSON array',
      `${GOOD_HEADER}.${b64('[1,2]')}.${GOOD_SIGNATURE}`,
      'not_an_object',
      { segment: 'payload' },
    ],
    [
      'a payload that is JSON null',
      `${GOOD_HEADER}.${b64('null')}.${GOOD_SIGNATURE}`,
      'not_an_object',
      { segment: 'payload' },
    ],
    // Bytes 0xFF 0xFE are never valid UTF-8.
    ['a payload that is not UTF-8', `${GOOD_HEADER}.__4.${GOOD_SIGNATURE}`, 'invalid_utf8', { segment: 'payload' }],
    ['a JWE whose header is not JSON', `${b64('nope')}.a.b.c.d`, 'invalid_json', { segment: 'header' }],
  ])('error: %s', (_label, input, code, details) => {
    const error = decodeError(input);
    expect(error.code).toBe(code);
    expect(error.details).toMatchObject(details);
  });
});

describe('RFC 7515 A.1 with one segment flipped', () => {
  const [header = '', payload = '', signature = ''] = RFC7515_VECTORS.hs256.token.split('.');
  test.each([
    // "e" → "f" at the start turns `{` into another byte: the header stops being JSON.
    ['header', `f${header.slice(1)}.${payload}.${signature}`, 'invalid_json'],
    ['payload', `${header}.f${payload.slice(1)}.${signature}`, 'invalid_json'],
    ['signature', `${header}.${payload}.${signature}!`, 'invalid_base64url'],
  ])('error: %s', (segment, input, code) => {
    expect(decodeError(input)).toMatchObject({ code, details: { segment } });
  });
});

describe('limits', () => {
  /** A payload nested `depth` levels deep: a few thousand used to freeze the tab, a few more overflowed the stack. */
  const deepToken = (depth: number) =>
    `${GOOD_HEADER}.${b64(`{"sub":"x","a":${'['.repeat(depth)}${']'.repeat(depth)}}`)}.${GOOD_SIGNATURE}`;

  function limitError(input: string): unknown {
    try {
      decodeToken(input);
    } catch (error) {
      return error;
    }
    throw new Error('expected an error');
  }

  test('default: a payload nested to the limit still decodes', () => {
    const decoded = decodeToken(deepToken(INPUT_LIMITS.maxDepth - 1));
    expect(decoded.kind === 'jws' && decoded.payload.sub).toBe('x');
  });

  test('error: a payload nested 5,000 levels deep is json_too_deep, before it is parsed', () => {
    const error = limitError(deepToken(5_000));
    expect(error).toBeInstanceOf(InputLimitError);
    expect(error).toMatchObject({
      code: 'json_too_deep',
      details: { segment: 'payload', limit: INPUT_LIMITS.maxDepth },
    });
  });

  test('error: a deep header is refused the same way', () => {
    const header = b64(`{"alg":"HS256","x":${'{"y":'.repeat(100)}1${'}'.repeat(100)}}`);
    expect(limitError(`${header}.${GOOD_PAYLOAD}.${GOOD_SIGNATURE}`)).toMatchObject({
      code: 'json_too_deep',
      details: { segment: 'header' },
    });
  });

  test('error: a token over the size limit is input_too_large, whatever it holds', () => {
    const huge = `${GOOD_HEADER}.${'A'.repeat(1024 * 1024)}.${GOOD_SIGNATURE}`;
    expect(limitError(huge)).toMatchObject({
      code: 'input_too_large',
      details: { segment: 'token', length: huge.length, limit: INPUT_LIMITS.maxLength },
    });
  });
});
