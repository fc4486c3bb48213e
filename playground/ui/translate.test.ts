import { expect, test } from 'vitest';
import { translate } from './translate.ts';

const DICTIONARY = {
  'jwt.expires': 'Expires in {seconds} s',
  'jwt.pair': '{a} and {a} again, then {b}',
  'jwt.refuse': '拒绝{token}，{seconds}秒后重试',
};

test.each([
  // A plain lookup with its placeholder filled.
  ['default', 'jwt.expires', { seconds: 60 }, 'Expires in 60 s'],
  // The same placeholder twice is filled twice.
  ['behavior: repeated placeholder', 'jwt.pair', { a: 'x', b: 'y' }, 'x and x again, then y'],
  // Chinese takes a space where a filled-in Latin word or number meets Han…
  [
    'behavior: Latin value in Chinese',
    'jwt.refuse',
    { token: 'Clerk 会话令牌', seconds: 60 },
    '拒绝 Clerk 会话令牌，60 秒后重试',
  ],
  // … and none where the value is Chinese itself.
  ['behavior: Chinese value in Chinese', 'jwt.refuse', { token: '令牌', seconds: 60 }, '拒绝令牌，60 秒后重试'],
  // A missing parameter leaves the placeholder visible instead of printing "undefined".
  ['behavior: missing parameter', 'jwt.expires', {}, 'Expires in {seconds} s'],
  // A key without a translation shows the key, which a content test forbids shipping.
  ['behavior: missing key', 'jwt.nope', {}, 'jwt.nope'],
])('%s', (_, key, params, expected) => {
  expect(translate(DICTIONARY, key, params)).toBe(expected);
});
