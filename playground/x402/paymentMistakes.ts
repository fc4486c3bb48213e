import type { VerifyReason } from './wire/x402Reasons.ts';

/**
 * The production mistakes the playground reproduces, each failing where and how it fails for real:
 * - `wrong_domain`: the client signs under `USDG` / `2` instead of `Global Dollar` / `1` →
 *   `invalid_exact_evm_signature` (OKX: `Invalid Authority`);
 * - `expired`: `validBefore` already passed → `invalid_exact_evm_payload_authorization_valid_before`;
 * - `amount_mismatch`: the signed value differs from the price → `…_value_mismatch`;
 * - `wrong_pay_to`: the authorization pays someone else → `invalid_exact_evm_recipient_mismatch`;
 * - `replay`: a settled payment is sent again → `invalid_exact_evm_nonce_already_used`, one ledger row;
 * - `insert_fails`: the ledger insert fails after settlement (written with the anon key, which the
 *   ledger's RLS refuses) → the content is served, the money has moved, the row is missing, and the
 *   merchant logs the reconciliation line.
 */
export const PAYMENT_MISTAKES = [
  'none',
  'wrong_domain',
  'expired',
  'amount_mismatch',
  'wrong_pay_to',
  'replay',
  'insert_fails',
] as const;
export type PaymentMistake = (typeof PAYMENT_MISTAKES)[number];

/** The steps of one payment, in order; `replay` only when that mistake is chosen. */
export const FLOW_STEPS = ['request', 'challenge', 'sign', 'verify', 'settle', 'deliver', 'replay'] as const;
export type FlowStepId = (typeof FLOW_STEPS)[number];

/** A mistake the facilitator refuses; `insert_fails` is refused by nobody: the money moves anyway. */
export type RefusedMistake = Exclude<PaymentMistake, 'none' | 'insert_fails'>;

/**
 * Where each refused mistake fails and with which reason: what the page promises and the tests check.
 * Spelled out here (not read from the facilitator) so the page can name them without loading viem.
 */
export const MISTAKE_FAILURES: Readonly<Record<RefusedMistake, { step: FlowStepId; reason: VerifyReason }>> = {
  wrong_domain: { step: 'verify', reason: 'invalid_exact_evm_signature' },
  expired: { step: 'verify', reason: 'invalid_exact_evm_payload_authorization_valid_before' },
  amount_mismatch: { step: 'verify', reason: 'invalid_exact_evm_payload_authorization_value_mismatch' },
  wrong_pay_to: { step: 'verify', reason: 'invalid_exact_evm_recipient_mismatch' },
  replay: { step: 'replay', reason: 'invalid_exact_evm_nonce_already_used' },
};
