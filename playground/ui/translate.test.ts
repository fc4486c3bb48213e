import { expect, test } from 'vitest';
import { translate } from './translate.ts';

const DICTIONARY = {
  'jwt.expires': 'Expires in {seconds} s',
  'jwt.pair': '{a} and {a} again, then {b}',
};

test.each([
  // A plain lookup with its placeholder filled.
  ['default', 'jwt.expires', { seconds: 60 }, 'Expires in 60 s'],
  // The same placeholder twice is filled twice.
  ['behavior: repeated placeholder', 'jwt.pair', { a: 'x', b: 'y' }, 'x and x again, then y'],
  // A missing parameter leaves the placeholder visible instead of printing "undefined".
  ['behavior: missing parameter', 'jwt.expires', {}, 'Expires in {seconds} s'],
  // A key without a translation shows the key, which a content test forbids shipping.
  ['behavior: missing key', 'jwt.nope', {}, 'jwt.nope'],
])('%s', (_, key, params, expected) => {
  expect(translate(DICTIONARY, key, params)).toBe(expected);
});
