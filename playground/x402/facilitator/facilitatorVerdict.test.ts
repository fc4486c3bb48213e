import { expect, test } from 'vitest';
import { jsonExchange } from '../wire/recordExchange.ts';
import { facilitatorVerdict } from './facilitatorVerdict.ts';

test.each([
  // a refused verify is still HTTP 200: the body says it failed
  [
    '/verify',
    { isValid: false, invalidReason: 'invalid_exact_evm_signature' },
    { field: 'isValid', passed: false, reason: 'invalid_exact_evm_signature' },
  ],
  ['/verify', { isValid: true, payer: '0x1' }, { field: 'isValid', passed: true }],
  [
    '/settle',
    { success: false, errorReason: 'duplicate_settlement' },
    { field: 'success', passed: false, reason: 'duplicate_settlement' },
  ],
  ['/settle', { success: true, transaction: '0xab' }, { field: 'success', passed: true }],
  // not a facilitator answer
  ['/api/premium', { data: 'the paid content' }, null],
  ['/api/premium', 'plain text', null],
])('behavior: %s answering %j', (path, body, expected) => {
  const exchange = jsonExchange(path, {}, body);
  expect(exchange.status).toBe(200);
  expect(facilitatorVerdict(exchange)).toEqual(expected);
});
