import { expect, test } from 'vitest';
import { JwtKeyError } from './jwtErrors.ts';
import { secretToBytes } from './secretToBytes.ts';

test('default: a UTF-8 secret is its encoded text', () => {
  expect(Array.from(secretToBytes({ value: 'é!', encoding: 'utf8' }))).toEqual([0xc3, 0xa9, 0x21]);
});

test.each([
  // RFC 4648 §10: "Zm9vYmFy" is "foobar".
  ['base64url', 'Zm9vYmFy'],
  // Plain base64 alphabet and padding, as readers paste them.
  ['base64 with padding', 'Zm9vYmE='],
])('behavior: %s decodes to bytes', (_label, value) => {
  expect(new TextDecoder().decode(secretToBytes({ value, encoding: 'base64url' }))).toMatch(/^fooba/);
});

test('behavior: "+" and "/" mean the same bytes as "-" and "_"', () => {
  const plain = secretToBytes({ value: 'a+b/', encoding: 'base64url' });
  expect(plain).toEqual(secretToBytes({ value: 'a-b_', encoding: 'base64url' }));
});

test.each([
  ['empty text', { value: '', encoding: 'utf8' } as const, 'empty_secret', {}],
  ['only padding', { value: '==', encoding: 'base64url' } as const, 'empty_secret', {}],
  ['a space inside', { value: 'abc def', encoding: 'base64url' } as const, 'invalid_secret_encoding', { position: 3 }],
  // Five characters leave one dangling.
  [
    'a dangling character',
    { value: 'abcde', encoding: 'base64url' } as const,
    'invalid_secret_encoding',
    { position: 4 },
  ],
])('error: %s', (_label, input, code, details) => {
  let caught: unknown;
  try {
    secretToBytes(input);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(JwtKeyError);
  expect(caught).toMatchObject({ code, details });
});
