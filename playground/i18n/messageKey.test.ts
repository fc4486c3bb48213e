import { expect, expectTypeOf, test } from 'vitest';
import en from './en.json';
import { type MessageKey, runtimeKey } from './messageKey.ts';

test('default: a key of en.json is a MessageKey', () => {
  expectTypeOf<'ui.copy'>().toExtend<MessageKey>();
  expect(en['ui.copy']).toBeTypeOf('string');
});

test('behavior: a key that en.json lacks is not a MessageKey, so a typo fails the type check', () => {
  expectTypeOf<'ui.cpoy'>().not.toExtend<MessageKey>();
});

test('default: runtimeKey joins a family and a code the way the dictionaries are keyed', () => {
  expect(runtimeKey('errors', 'invalid_base64')).toBe('errors.invalid_base64');
  expect(en[runtimeKey('errors', 'invalid_base64')]).toBeTypeOf('string');
});
