// The refusal vocabulary on its own, free of viem, so the island can name reasons without loading
// the facilitator.

/**
 * The `invalidReason` / `errorReason` strings the mock facilitator answers with: the @x402/evm 2.27 EIP-3009
 * vocabulary, for v2 and v1 payments alike (@x402/evm's v1 scheme would say
 * `invalid_exact_evm_authorization_value` for a wrong amount; the legacy `x402` 1.x package uses
 * other names again).
 */
export const VERIFY_REASONS = {
  scheme: 'invalid_exact_evm_scheme',
  missingDomain: 'invalid_exact_evm_missing_eip712_domain',
  networkMismatch: 'invalid_exact_evm_network_mismatch',
  signature: 'invalid_exact_evm_signature',
  recipientMismatch: 'invalid_exact_evm_recipient_mismatch',
  validBefore: 'invalid_exact_evm_payload_authorization_valid_before',
  validAfter: 'invalid_exact_evm_payload_authorization_valid_after',
  valueMismatch: 'invalid_exact_evm_payload_authorization_value_mismatch',
  assetNotDeployed: 'asset_not_deployed_contract',
  nonceUsed: 'invalid_exact_evm_nonce_already_used',
  tokenNameMismatch: 'invalid_exact_evm_token_name_mismatch',
  tokenVersionMismatch: 'invalid_exact_evm_token_version_mismatch',
  insufficientBalance: 'invalid_exact_evm_insufficient_balance',
} as const;

export type VerifyReason = (typeof VERIFY_REASONS)[keyof typeof VERIFY_REASONS];

/**
 * Refusal reasons of the merchant's own: the payment does not echo the offer, or the facilitator
 * refused without naming a reason (the mock always names one; a remote facilitator might not).
 */
export const MERCHANT_REASONS = {
  noMatch: 'no_matching_payment_requirements',
  unspecifiedInvalid: 'invalid_payment',
  unspecifiedSettlement: 'settlement_failed',
} as const;
