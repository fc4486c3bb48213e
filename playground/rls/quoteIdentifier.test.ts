import { expect, test } from 'vitest';
import { quoteIdentifier } from './quoteIdentifier.ts';
import { RlsInputError } from './rlsErrors.ts';

test.each([
  ['notes', 'notes'],
  ['user_id', 'user_id'],
  ['_private', '_private'],
  // Capitals survive only inside quotes; unquoted, Postgres would fold them to lower case.
  ['Notes', '"Notes"'],
  // Reserved words and type names must be quoted to be used as names.
  ['user', '"user"'],
  ['order', '"order"'],
  ['timestamp', '"timestamp"'],
  // Unreserved keywords read back unchanged, so quote_ident leaves them bare.
  ['comment', 'comment'],
  ['a'.repeat(63), 'a'.repeat(63)],
])('default: %j → %s', (name, quoted) => {
  expect(quoteIdentifier(name, 'table')).toBe(quoted);
});

test.each([
  ['', 'empty'],
  ['1notes', 'leading_digit'],
  ['x; drop table y', 'invalid_character'],
  ['a"b', 'invalid_character'],
  ['"notes"', 'invalid_character'],
  ['notes--', 'invalid_character'],
  ['notes ', 'invalid_character'],
  ['note\ns', 'invalid_character'],
  ['public.notes', 'invalid_character'],
  ['café', 'invalid_character'],
  ['a'.repeat(64), 'too_long'],
])('error: %j is refused (%s)', (name, reason) => {
  const error = (() => {
    try {
      return quoteIdentifier(name, 'ownerColumn');
    } catch (e) {
      return e;
    }
  })();
  expect(error).toBeInstanceOf(RlsInputError);
  expect(error).toMatchObject({ code: 'invalid_identifier', details: { field: 'ownerColumn', reason, value: name } });
});
