import type { HttpExchange } from '../wire/recordExchange.ts';

/** What a facilitator's answer says, whatever its HTTP status: `/verify` answers `isValid`, `/settle` `success`. */
export interface FacilitatorVerdict {
  readonly field: 'isValid' | 'success';
  readonly passed: boolean;
  /** `invalidReason` or `errorReason`, when the facilitator gave one. */
  readonly reason?: string;
}

/**
 * Reads the verdict out of a recorded facilitator exchange. A facilitator answers a refused payment
 * with HTTP 200 and `isValid: false` (or `success: false`), so the status alone would read as a pass.
 *
 * @example
 * facilitatorVerdict(verifyExchange); // { field: 'isValid', passed: false, reason: 'invalid_exact_evm_signature' }
 * facilitatorVerdict(merchantExchange); // null: not a facilitator answer
 */
export function facilitatorVerdict(exchange: HttpExchange): FacilitatorVerdict | null {
  const body = exchange.response.body;
  if (typeof body !== 'object' || body === null) return null;
  const { isValid, success, invalidReason, errorReason } = body as Record<string, unknown>;
  const field = typeof isValid === 'boolean' ? 'isValid' : typeof success === 'boolean' ? 'success' : null;
  if (field === null) return null;
  const reason = [invalidReason, errorReason].find(
    (value): value is string => typeof value === 'string' && value !== '',
  );
  return { field, passed: (field === 'isValid' ? isValid : success) === true, ...(reason ? { reason } : {}) };
}
