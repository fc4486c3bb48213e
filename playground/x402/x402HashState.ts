import { oneOf } from '../oneOf.ts';
import { PAYMENT_MISTAKES, type PaymentMistake } from './paymentMistakes.ts';

/** Which token the playground signs for: the worthless playground domain, or real USDG (an explicit choice). */
export const SIGNING_TOKENS = ['playground', 'usdg'] as const;
export type SigningToken = (typeof SIGNING_TOKENS)[number];

/** The x402 playground's shareable state. Keys, signatures and payments have no field, so they cannot reach a URL. */
export interface X402HashState {
  readonly mistake: PaymentMistake;
  readonly token: SigningToken;
}

export const DEFAULT_X402_HASH_STATE: X402HashState = { mistake: 'none', token: 'playground' };

/**
 * Reads the playground state from a URL hash; an unknown or missing value falls back to its default.
 *
 * @example
 * parseX402HashState('#mistake=replay&token=banana'); // { mistake: 'replay', token: 'playground' }
 */
export function parseX402HashState(hash: string): X402HashState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return {
    mistake: oneOf(params.get('mistake'), PAYMENT_MISTAKES) ?? DEFAULT_X402_HASH_STATE.mistake,
    token: oneOf(params.get('token'), SIGNING_TOKENS) ?? DEFAULT_X402_HASH_STATE.token,
  };
}

/**
 * Writes the state as a hash, leaving defaults out so an untouched playground keeps a clean URL.
 *
 * @example
 * serializeX402HashState({ mistake: 'expired', token: 'playground' }); // '#mistake=expired'
 */
export function serializeX402HashState(state: X402HashState): string {
  const params = new URLSearchParams();
  if (state.mistake !== DEFAULT_X402_HASH_STATE.mistake) params.set('mistake', state.mistake);
  if (state.token !== DEFAULT_X402_HASH_STATE.token) params.set('token', state.token);
  const text = params.toString();
  return text === '' ? '' : `#${text}`;
}
