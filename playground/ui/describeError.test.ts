import { expect, test } from 'vitest';
import en from '../i18n/en.json' with { type: 'json' };
import zh from '../i18n/zh-CN.json' with { type: 'json' };
import { JwtDecodeError } from '../jwt/jwtErrors.ts';
import { describeError } from './describeError.ts';
import { type Dictionary, translate } from './translate.ts';

const error = new JwtDecodeError('wrong_segment_count', 'two segments', { segment: 'token', count: 2, position: 7 });
const describeIn = (dictionary: Dictionary) =>
  describeError((key, params) => translate(dictionary, key, params), error);

test('behavior: English says where, what and at which position, spaced apart', () => {
  expect(describeIn(en)).toBe(
    'In the token: A JWT has 3 parts separated by dots (an encrypted JWE has 5); this has 2. Check that the whole token was copied. (position 7)',
  );
});

test('behavior: Chinese parts meet at their full-width punctuation, with no space added', () => {
  expect(describeIn(zh)).toBe(
    '令牌中：JWT 由点号分隔成 3 段（加密的 JWE 为 5 段），这里有 2 段。请检查令牌是否完整复制。（位置 7）',
  );
});
