import { expect, test } from 'vitest';
import { inlineCode } from './inlineCode.ts';

test.each([
  // plain prose is escaped
  ['a < b & "c"', 'a &lt; b &amp; &quot;c&quot;'],
  // backticks become code, and code is escaped too
  ['use `a<b>` now', 'use <code>a&lt;b&gt;</code> now'],
  // several spans
  ['`x` or `y`', '<code>x</code> or <code>y</code>'],
])('inlineCode(%j)', (input, html) => {
  expect(inlineCode(input)).toBe(html);
});
