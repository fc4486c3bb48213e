import { expect, test } from 'vitest';
import { PLAYGROUND_USDG, USDG } from '../playground/catalog/chains.ts';
import { readFacilitatorConfig } from './readFacilitatorConfig.ts';

test('default: 127.0.0.1:4402, the playground token, the v2 challenge, no OKX signing', () => {
  expect(readFacilitatorConfig([], {})).toEqual({
    kind: 'run',
    config: {
      host: '127.0.0.1',
      port: 4402,
      token: PLAYGROUND_USDG,
      challenge: 'v2',
      payTo: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8',
      amount: '1',
      okxCredentials: undefined,
      allowedOrigins: [],
    },
  });
});

test('behavior: the environment sets what flags do not, and flags win', () => {
  const env = {
    PORT: '5000',
    HOST: '0.0.0.0',
    X402_ASSET: 'usdg',
    PRICE: '10',
    ALLOW_ORIGINS: 'https://a.example, https://b.example',
  };
  const result = readFacilitatorConfig(['--port', '0', '--challenge', 'okx-guide'], env);
  expect(result).toMatchObject({
    kind: 'run',
    config: {
      host: '0.0.0.0',
      port: 0,
      token: USDG,
      challenge: 'okx-guide',
      amount: '10',
      allowedOrigins: ['https://a.example', 'https://b.example'],
    },
  });
});

test('behavior: --allow-origin is repeatable and replaces ALLOW_ORIGINS', () => {
  const argv = ['--allow-origin', 'http://localhost:3000', '--allow-origin', 'https://shop.example'];
  expect(readFacilitatorConfig(argv, { ALLOW_ORIGINS: 'https://a.example' })).toMatchObject({
    config: { allowedOrigins: ['http://localhost:3000', 'https://shop.example'] },
  });
});

test('behavior: OKX credentials are read only when all three are set', () => {
  const env = { OKX_API_KEY: 'k', OKX_SECRET_KEY: 's', OKX_PASSPHRASE: 'p' };
  expect(readFacilitatorConfig([], env)).toMatchObject({
    config: { okxCredentials: { apiKey: 'k', secretKey: 's', passphrase: 'p' } },
  });
});

test.each([
  ['--help', ['--help'], {}, { kind: 'help' }],
  ['-h', ['-h'], {}, { kind: 'help' }],
])('default: %s asks for the usage', (_label, argv, env, result) => {
  expect(readFacilitatorConfig(argv, env)).toEqual(result);
});

test.each([
  ['a port that is not a number', ['--port', 'http'], {}, 'Not a port number: http'],
  ['a port out of range', [], { PORT: '70000' }, 'Not a port number: 70000'],
  ['an unknown asset', ['--asset', 'usdc'], {}, '--asset is playground or usdg, not usdc'],
  ['an unknown challenge', [], { X402_CHALLENGE: 'v3' }, '--challenge is v2 or okx-guide, not v3'],
  // Naming the missing variables, never echoing the values that are set.
  [
    'half the OKX credentials',
    [],
    { OKX_API_KEY: 'key-value', OKX_SECRET_KEY: 'secret-value' },
    'OKX signing needs all of OKX_API_KEY, OKX_SECRET_KEY, OKX_PASSPHRASE; missing OKX_PASSPHRASE',
  ],
  ['a positional argument', ['4402'], {}, "Unexpected argument '4402'"],
  // An origin has no path: with one, no browser's Origin header would ever match it.
  [
    'an origin with a path',
    ['--allow-origin', 'https://shop.example/'],
    {},
    '--allow-origin takes an origin such as http://localhost:3000, not https://shop.example/',
  ],
  ['an origin without a scheme', [], { ALLOW_ORIGINS: 'shop.example' }, 'not shop.example'],
])('error: %s', (_label, argv, env, message) => {
  const result = readFacilitatorConfig(argv, env);
  expect(result.kind).toBe('error');
  expect(result.kind === 'error' && result.message).toContain(message);
});
