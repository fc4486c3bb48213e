import { PlaygroundError } from '../errors.ts';

/**
 * Chains and tokens the x402 pages and playground use, as facts both languages render from.
 * Source: `shared/facts/x402.md` §2.3 (X Layer, USDG), §5.2 (explorers) and §7 (domain vectors).
 */

/** A `0x`-prefixed hex string, as viem spells it. */
export type Hex = `0x${string}`;

/** X Layer mainnet, where OKX settles x402 payments in USDG. */
export const X_LAYER = {
  name: 'X Layer',
  chainId: 196,
  /** What `wallet_switchEthereumChain` expects. */
  chainIdHex: '0xc4',
  /** The network id of x402 v2 (CAIP-2). */
  network: 'eip155:196',
  /** What the InsForge guide sends to OKX as `chainIndex`. */
  chainIndex: '196',
  nativeCurrency: { name: 'OKB', symbol: 'OKB', decimals: 18 },
  /** The guide's RPC first; its check script falls back to the others in this order. */
  rpcUrls: [
    'https://rpc.xlayer.tech',
    'https://xlayerrpc.okx.com',
    'https://rpc.ankr.com/xlayer',
    'https://xlayer-rpc.publicnode.com',
  ],
  explorerUrl: 'https://www.okx.com/web3/explorer/xlayer',
} as const;

/** A token that implements EIP-3009 `transferWithAuthorization`, with the EIP-712 domain it signs under. */
export interface Eip3009Token {
  readonly symbol: string;
  /** EIP-712 domain `name`: what goes into `extra.name` of a payment requirement. */
  readonly name: string;
  /** EIP-712 domain `version`: what goes into `extra.version`. */
  readonly version: string;
  readonly decimals: number;
  readonly chainId: number;
  /** CAIP-2 network id. */
  readonly network: `eip155:${number}`;
  /** Lower-case, as the InsForge guide writes it into payment requirements. */
  readonly address: Hex;
  /** EIP-55 checksummed form of `address`. */
  readonly checksumAddress: Hex;
}

/** USDG (Global Dollar) on X Layer: the asset OKX's x402 facilitator settles. */
export const USDG: Eip3009Token = {
  symbol: 'USDG',
  name: 'Global Dollar',
  version: '1',
  decimals: 6,
  chainId: X_LAYER.chainId,
  network: X_LAYER.network,
  address: '0x4ae46a509f6b1d9056937ba4500cb143933d2dc8',
  checksumAddress: '0x4ae46a509F6b1D9056937BA4500cb143933D2dc8',
};

/**
 * USDG's `DOMAIN_SEPARATOR()` on X Layer, as the InsForge guide quotes it; recomputing it from
 * ("Global Dollar", "1", 196, USDG) gives the same value.
 */
export const USDG_DOMAIN_SEPARATOR: Hex = '0x415f0706e345fcaf25d5be24c4fd7830d0054fc5742c51a0db9319c759bd3743';

/** A `name`/`version` pair someone might put into `extra` instead of the right one, and what it hashes to. */
export interface WrongDomainCandidate {
  readonly name: string;
  readonly version: string;
  /** The domain separator this pair gives with chainId 196 and the USDG address: never USDG's own. */
  readonly domainSeparator: Hex;
}

/**
 * Plausible but wrong EIP-712 domains for USDG. Signing under any of them is what makes OKX answer
 * `Invalid Authority`: the token recomputes the digest with its real domain and recovers someone else.
 */
export const WRONG_USDG_DOMAINS: readonly WrongDomainCandidate[] = [
  {
    name: 'Global Dollar',
    version: '2',
    domainSeparator: '0xf7b08876d0d96d48af87e364027f929852bad8465211bfb62014b19796ec864f',
  },
  {
    name: 'USDG',
    version: '1',
    domainSeparator: '0xc8b706b087e56982369aaf187940509e8f68a440385b126ed6738fa58be47e3c',
  },
  {
    name: 'USDG',
    version: '2',
    domainSeparator: '0xc1cf79ae265d5e1b7c1140612512879ef196b0915ccff7f5b46b91443e17df2a',
  },
  {
    name: 'Global Dollar',
    version: 'v1',
    domainSeparator: '0xebe2df7a51134fb58a47f1fb8dc129783c79d68ae533fe465291c7d782b6c9b1',
  },
  {
    name: 'Global Dollar',
    version: 'v2',
    domainSeparator: '0x01449456d263c8bb95a4eca3c8b6132c0d0f5fecfcbcc1bc0e8d9b523f5e5376',
  },
];

/**
 * The token the browser playground signs for by default: USDG's name, version, decimals and chain,
 * but `verifyingContract` is the well-known burn address `0x…dEaD`, where no contract exists and none
 * can be deployed. Its domain separator matches no real token on any chain, so an authorization
 * signed for it cannot move funds anywhere, even if it leaks. Everything the reader sees
 * (`eip155:196`, "Global Dollar", "1", 6 decimals) stays what production uses; only the asset
 * address differs. Signing for the real `USDG` is an explicit option of the playground.
 *
 * The chain id stays 196 rather than a made-up one because wallets refuse typed data whose
 * `chainId` differs from the connected chain.
 */
export const PLAYGROUND_USDG: Eip3009Token = {
  ...USDG,
  address: '0x000000000000000000000000000000000000dead',
  checksumAddress: '0x000000000000000000000000000000000000dEaD',
};

/**
 * Tokens the mock facilitator knows by default; any other asset counts as "no contract deployed".
 * The playground token comes first, so it is what the faucet tops up when no asset is named.
 */
export const KNOWN_EIP3009_TOKENS: readonly Eip3009Token[] = [PLAYGROUND_USDG, USDG];

/**
 * Finds a known token by network and address (any letter case).
 *
 * @example
 * findEip3009Token('eip155:196', '0x4AE46A509F6B1D9056937BA4500CB143933D2DC8')?.name; // 'Global Dollar'
 */
export function findEip3009Token(
  network: string,
  address: string,
  tokens: readonly Eip3009Token[] = KNOWN_EIP3009_TOKENS,
): Eip3009Token | undefined {
  const wanted = address.toLowerCase();
  return tokens.find((token) => token.network === network && token.address.toLowerCase() === wanted);
}

/**
 * Transaction URL per value of the ledger's `chain` column, `{hash}` standing for the tx hash.
 * The ledger writes `xlayer` by default.
 */
export const EXPLORER_TX_URL_PATTERNS = {
  xlayer: 'https://www.okx.com/web3/explorer/xlayer/tx/{hash}',
  base: 'https://basescan.org/tx/{hash}',
  optimism: 'https://optimistic.etherscan.io/tx/{hash}',
  arbitrum: 'https://arbiscan.io/tx/{hash}',
} as const;

export type LedgerChain = keyof typeof EXPLORER_TX_URL_PATTERNS;

/**
 * Builds the explorer link for a ledger row. An unknown or missing `chain` falls back to X Layer,
 * as the guide's dashboard does.
 *
 * @example
 * explorerTxUrl('base', '0xabc'); // 'https://basescan.org/tx/0xabc'
 * explorerTxUrl(null, '0xabc'); // 'https://www.okx.com/web3/explorer/xlayer/tx/0xabc'
 */
export function explorerTxUrl(chain: string | null | undefined, hash: string): string {
  const pattern = isLedgerChain(chain) ? EXPLORER_TX_URL_PATTERNS[chain] : EXPLORER_TX_URL_PATTERNS.xlayer;
  return pattern.replace('{hash}', encodeURIComponent(hash));
}

function isLedgerChain(chain: string | null | undefined): chain is LedgerChain {
  return typeof chain === 'string' && Object.hasOwn(EXPLORER_TX_URL_PATTERNS, chain);
}

/** An amount handed to `formatUsdg` is not a non-negative whole number of atomic units. */
export class TokenAmountError extends PlaygroundError<'invalid_atomic_amount'> {}

const ATOMIC_AMOUNT = /^\d+$/;

/**
 * Formats atomic token units exactly (no floating point): trailing zeros of the fraction go, the
 * integer part keeps all its digits.
 *
 * @throws {TokenAmountError} `invalid_atomic_amount` for negatives, fractions or non-digits.
 * @example
 * formatUsdg('1'); // '0.000001 USDG'
 * formatUsdg(1_500_000n); // '1.5 USDG'
 */
export function formatUsdg(atomic: string | bigint, token: Pick<Eip3009Token, 'decimals' | 'symbol'> = USDG): string {
  const digits = typeof atomic === 'bigint' ? atomic.toString() : atomic;
  if (!ATOMIC_AMOUNT.test(digits)) {
    throw new TokenAmountError('invalid_atomic_amount', 'An atomic amount is a non-negative whole number', {
      amount: digits,
    });
  }
  const padded = digits.padStart(token.decimals + 1, '0');
  const whole = padded.slice(0, padded.length - token.decimals).replace(/^0+(?=\d)/, '');
  const fraction = padded.slice(padded.length - token.decimals).replace(/0+$/, '');
  return `${fraction === '' ? whole : `${whole}.${fraction}`} ${token.symbol}`;
}
