import { expect, test } from 'vitest';
import { quoteName } from './quoteName.ts';

test.each([
  ['todos', '"todos"'],
  ['Todos', '"Todos"'],
  ['user', '"user"'],
  ['x"; drop table y; --', '"x""; drop table y; --"'],
  ['""', '""""""'],
  ['名字', '"名字"'],
])('default: %j → %s', (name, quoted) => {
  expect(quoteName(name, 'table')).toBe(quoted);
});

test.each(['', 'a\0b'])('error: %j cannot be a name', (name) => {
  expect(() => quoteName(name, 'select')).toThrow(
    expect.objectContaining({ code: 'bad_query', details: { param: 'select' } }),
  );
});
