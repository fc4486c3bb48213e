/**
 * The x402 messages this playground reads and writes, as @x402/core 2.27 types them (v2) and as the
 * legacy v1 transport defines them. The InsForge guide's OKX variant is v1-shaped (`x402Version: 1`,
 * `maxAmountRequired`, top-level `scheme`/`network`) with a CAIP-2 network, so it uses the v1 types.
 * Source: `shared/facts/x402.md` §1.3, §1.5.
 */

import type { Hex } from '../../catalog/chains.ts';

export type { Hex } from '../../catalog/chains.ts';

/** A JSON object whose fields are not known in advance (`extra`, `extensions`). */
export type JsonObject = Record<string, unknown>;

/** v2 description of the paid resource. */
export interface ResourceInfo {
  url: string;
  description?: string;
  mimeType?: string;
}

/** One way to pay, as a v2 challenge offers it. Amounts are atomic units as decimal strings. */
export interface PaymentRequirements {
  scheme: string;
  /** CAIP-2, e.g. `eip155:196`. */
  network: string;
  asset: string;
  amount: string;
  payTo: string;
  /** A JSON number: as a string, clients concatenate it onto the clock. */
  maxTimeoutSeconds: number;
  /** For exact EVM: the token's EIP-712 `name` and `version`. */
  extra: JsonObject;
}

/** One way to pay, v1 style (also the InsForge guide's OKX variant, whose `network` is CAIP-2). */
export interface PaymentRequirementsV1 {
  scheme: string;
  network: string;
  maxAmountRequired: string;
  /** The resource URL (a string, not v2's object). */
  resource: string;
  description: string;
  mimeType: string;
  outputSchema?: JsonObject;
  payTo: string;
  maxTimeoutSeconds: number;
  asset: string;
  extra?: JsonObject;
}

/** The v2 402 challenge, carried base64-encoded in the `PAYMENT-REQUIRED` header. */
export interface PaymentRequired {
  x402Version: 2;
  error?: string;
  resource: ResourceInfo;
  accepts: PaymentRequirements[];
  extensions?: JsonObject;
}

/** The v1 402 challenge (in the response body), or the guide's OKX variant (in `PAYMENT-REQUIRED`). */
export interface PaymentRequiredV1 {
  x402Version: 1;
  error?: string;
  accepts: PaymentRequirementsV1[];
}

/** An EIP-3009 `TransferWithAuthorization` message as x402 transports it: every field a string. */
export interface ExactEvmAuthorization {
  from: Hex;
  to: Hex;
  /** Atomic units, decimal. */
  value: string;
  /** Unix seconds, decimal. */
  validAfter: string;
  /** Unix seconds, decimal. */
  validBefore: string;
  /** 32 random bytes: `0x` + 64 hex digits. */
  nonce: Hex;
}

/** The `payload` of an exact-EVM payment: the authorization and its EIP-712 signature. */
export interface ExactEvmPayload {
  signature: Hex;
  authorization: ExactEvmAuthorization;
}

/** The v2 payment, carried base64-encoded in the `PAYMENT-SIGNATURE` header. */
export interface PaymentPayload {
  x402Version: 2;
  resource?: ResourceInfo;
  /** A verbatim copy of the requirement the client chose. */
  accepted: PaymentRequirements;
  payload: ExactEvmPayload;
  extensions?: JsonObject;
}

/** The v1 payment (`X-PAYMENT`), or the guide's OKX variant (`PAYMENT-SIGNATURE`, CAIP-2 network). */
export interface PaymentPayloadV1 {
  x402Version: 1;
  scheme: string;
  network: string;
  payload: ExactEvmPayload;
}

/** Any payment this playground accepts. */
export type AnyPaymentPayload = PaymentPayload | PaymentPayloadV1;

/** Any 402 challenge this playground reads. */
export type AnyPaymentRequired = PaymentRequired | PaymentRequiredV1;

/** A facilitator's answer to `verify`. */
export interface VerifyResponse {
  isValid: boolean;
  invalidReason?: string;
  payer?: string;
}

/** A facilitator's answer to `settle`; also the body of the `PAYMENT-RESPONSE` receipt header. */
export interface SettleResponse {
  success: boolean;
  errorReason?: string;
  payer?: string;
  /** The transaction hash; an empty string when nothing was settled. */
  transaction: string;
  network: string;
}

/** One payment kind a facilitator handles. */
export interface SupportedKind {
  x402Version: number;
  scheme: string;
  network: string;
  extra?: JsonObject;
}

/** A facilitator's answer to `GET /supported`. */
export interface SupportedResponse {
  kinds: SupportedKind[];
  extensions: string[];
  /** Addresses that pay gas, per CAIP-2 family. */
  signers: Record<string, string[]>;
}
