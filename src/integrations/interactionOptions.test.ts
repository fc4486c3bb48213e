import { expect, test } from 'vitest';
import { wakeChannel } from './interactionOptions.ts';

test.each([
  // `client:interaction={{ wakeOn: … }}`
  [{ wakeOn: 'insforge-x402-dashboard' }, 'insforge-x402-dashboard'],
  // bare `client:interaction`: Astro hands over `true` (or an empty string)
  [true, null],
  ['', null],
  // nothing usable to listen on
  [{}, null],
  [{ wakeOn: '' }, null],
  [{ wakeOn: 42 }, null],
  [null, null],
])('wakeChannel(%j) → %j', (value, channel) => {
  expect(wakeChannel(value)).toBe(channel);
});
