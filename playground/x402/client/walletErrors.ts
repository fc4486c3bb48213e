import { PlaygroundError } from '../../errors.ts';

export const WALLET_ERROR_CODES = [
  'wallet_missing',
  'wallet_declined',
  'wallet_rejected',
  'wallet_no_account',
  'wallet_wrong_chain',
  'wallet_failed',
] as const;
export type WalletErrorCode = (typeof WALLET_ERROR_CODES)[number];

/**
 * There is no wallet, the reader declined to send it the typed data, the wallet said no, has no
 * account, stayed on another chain, or failed; `details.walletCode` keeps its EIP-1193 code.
 */
export class WalletError extends PlaygroundError<WalletErrorCode> {}
