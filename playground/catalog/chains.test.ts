import { getAddress } from 'viem/utils';
import { expect, test } from 'vitest';
import {
  explorerTxUrl,
  findEip3009Token,
  formatUsdg,
  KNOWN_EIP3009_TOKENS,
  PLAYGROUND_USDG,
  TokenAmountError,
  USDG,
  X_LAYER,
} from './chains.ts';

const HASH = '0x9a4fd47df5780b7c72fff6dab21f789710220b86f5109f03020ea83bf138722f';

test('default: X Layer ids agree with each other', () => {
  expect(Number.parseInt(X_LAYER.chainIdHex, 16)).toBe(X_LAYER.chainId);
  expect(X_LAYER.network).toBe(`eip155:${X_LAYER.chainId}`);
  expect(X_LAYER.chainIndex).toBe(String(X_LAYER.chainId));
});

test.each(KNOWN_EIP3009_TOKENS)('default: $symbol at $address has its EIP-55 form right', (token) => {
  expect(getAddress(token.address)).toBe(token.checksumAddress);
  expect(token.address).toBe(token.checksumAddress.toLowerCase());
});

test('behavior: the playground token shares the domain fields of USDG except the contract', () => {
  const { address, checksumAddress, ...fields } = PLAYGROUND_USDG;
  const { address: realAddress, checksumAddress: _, ...realFields } = USDG;
  expect(fields).toEqual(realFields);
  expect(address).not.toBe(realAddress);
  expect(checksumAddress).toBe('0x000000000000000000000000000000000000dEaD');
});

test.each([
  // The guide's price: one atomic unit.
  ['1', '0.000001 USDG'],
  // Exactly one token: no fraction shown.
  ['1000000', '1 USDG'],
  // Trailing zeros of the fraction are dropped.
  ['1500000', '1.5 USDG'],
  // The faucet default.
  ['100000000', '100 USDG'],
  ['0', '0 USDG'],
  // Beyond 2^53: exact, no float rounding.
  ['123456789012345678901', '123456789012345.678901 USDG'],
  // Leading zeros in the input do not leak into the output.
  ['000010', '0.00001 USDG'],
])('behavior: formatUsdg(%s) is %s', (atomic, shown) => {
  expect(formatUsdg(atomic)).toBe(shown);
});

test('behavior: formatUsdg takes a bigint and another token', () => {
  expect(formatUsdg(25n)).toBe('0.000025 USDG');
  expect(formatUsdg('1500', { decimals: 3, symbol: 'TST' })).toBe('1.5 TST');
  expect(formatUsdg('7', { decimals: 0, symbol: 'WEI' })).toBe('7 WEI');
});

test.each([
  // A decimal amount where atomic units are expected: the most common slip.
  ['0.01'],
  ['-1'],
  [''],
  ['1e6'],
  [' 1'],
])('error: formatUsdg(%j) is invalid_atomic_amount', (atomic) => {
  expect(() => formatUsdg(atomic)).toThrow(TokenAmountError);
  try {
    formatUsdg(atomic);
  } catch (error) {
    expect(error).toMatchObject({ code: 'invalid_atomic_amount', details: { amount: atomic } });
  }
});

test('error: a negative bigint is invalid_atomic_amount', () => {
  expect(() => formatUsdg(-1n)).toThrow(expect.objectContaining({ code: 'invalid_atomic_amount' }));
});

test.each([
  ['xlayer', `https://www.okx.com/web3/explorer/xlayer/tx/${HASH}`],
  ['base', `https://basescan.org/tx/${HASH}`],
  ['optimism', `https://optimistic.etherscan.io/tx/${HASH}`],
  ['arbitrum', `https://arbiscan.io/tx/${HASH}`],
  // Unknown and missing chains fall back to X Layer, like the guide's dashboard.
  ['solana', `https://www.okx.com/web3/explorer/xlayer/tx/${HASH}`],
  [null, `https://www.okx.com/web3/explorer/xlayer/tx/${HASH}`],
  // An inherited object key is not a chain.
  ['toString', `https://www.okx.com/web3/explorer/xlayer/tx/${HASH}`],
])('behavior: explorerTxUrl(%s)', (chain, url) => {
  expect(explorerTxUrl(chain, HASH)).toBe(url);
});

test('behavior: findEip3009Token ignores address case and respects the network', () => {
  expect(findEip3009Token('eip155:196', USDG.checksumAddress.toUpperCase().replace('0X', '0x'))).toBe(USDG);
  expect(findEip3009Token('eip155:196', PLAYGROUND_USDG.checksumAddress)).toBe(PLAYGROUND_USDG);
  expect(findEip3009Token('eip155:1', USDG.address)).toBeUndefined();
});
