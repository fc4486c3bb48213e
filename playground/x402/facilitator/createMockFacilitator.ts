import { getAddress, keccak256 } from 'viem/utils';
import { type Eip3009Token, findEip3009Token, KNOWN_EIP3009_TOKENS } from '../../catalog/chains.ts';
import { hashTransferAuthorization } from '../wire/hashTransferAuthorization.ts';
import { FORMATS, MAX_UINT256 } from '../wire/shapeChecks.ts';
import { chainIdFromNetwork, eip712DomainFor } from '../wire/transferAuthorizationTypedData.ts';
import { X402FacilitatorError } from '../wire/x402Errors.ts';
import { VERIFY_REASONS, type VerifyReason } from '../wire/x402Reasons.ts';
import type { Hex, SettleResponse, SupportedResponse, VerifyResponse } from '../wire/x402Types.ts';
import { type NormalizedPayment, normalizePayment } from './normalizePayment.ts';
import { recoverTransferAuthorizationSigner } from './recoverTransferAuthorizationSigner.ts';

/**
 * A facilitator as a resource server uses it. The mock below implements it; so could a client of a
 * remote facilitator.
 */
export interface Facilitator {
  verify(paymentPayload: unknown, paymentRequirements: unknown): Promise<VerifyResponse>;
  settle(paymentPayload: unknown, paymentRequirements: unknown): Promise<SettleResponse>;
}

/** The mock's whole state, plain JSON so a tab can keep it in sessionStorage. */
export interface MockFacilitatorState {
  /** Atomic balances: token key (`eip155:196/0x…`) → lower-case address → decimal string. */
  balances: Record<string, Record<string, string>>;
  /** Settled authorizations, as `<token key>/<payer>/<nonce>`, lower-case. */
  usedNonces: string[];
}

export interface MockFacilitatorOptions {
  /** Unix seconds; a frozen clock in tests. */
  now?: () => number;
  /** Tokens that "exist on chain"; the first is what `faucet` and `balanceOf` use by default. */
  tokens?: readonly Eip3009Token[];
  /** Balance of any address the mock has not seen yet, in atomic units; default 100 USDG. */
  startingBalance?: bigint;
  /** State to start from (copied, never mutated). */
  state?: MockFacilitatorState;
}

/** Request-level options: OKX's `chainIndex` becomes the network when requirements carry none. */
export interface FacilitatorCallOptions {
  network?: string;
}

export interface MockFacilitator extends Facilitator {
  verify(
    paymentPayload: unknown,
    paymentRequirements: unknown,
    options?: FacilitatorCallOptions,
  ): Promise<VerifyResponse>;
  settle(
    paymentPayload: unknown,
    paymentRequirements: unknown,
    options?: FacilitatorCallOptions,
  ): Promise<SettleResponse>;
  /** The kinds this mock verifies, in the standard `GET /supported` shape. */
  supported(): SupportedResponse;
  /** Adds test money (default: `startingBalance`) and returns the new balance. */
  faucet(address: string, amount?: bigint | string, asset?: string): bigint;
  balanceOf(address: string, asset?: string): bigint;
  /** A deep copy of the current state. */
  snapshot(): MockFacilitatorState;
}

/** 100 USDG in atomic units (6 decimals). */
export const DEFAULT_STARTING_BALANCE = 100_000_000n;
/** @x402/evm refuses an authorization that expires within this many seconds: it could not be mined in time. */
const VALID_BEFORE_MARGIN_SECONDS = 6n;

const tokenKey = (token: Eip3009Token) => `${token.network}/${token.address.toLowerCase()}`;

/** The outcome of the checks that need no state: those run before the one `await` (signature recovery). */
type Precheck = { reason: VerifyReason } | { reason?: undefined; digest: Hex };

/**
 * Creates an in-memory x402 facilitator that verifies for real and settles without a chain.
 *
 * `verify` runs, in @x402/evm 2.27's order, every check that needs no RPC: scheme, EIP-712 domain in
 * `extra`, network, 65-byte signature recovering `from` under the domain rebuilt from the requirements,
 * recipient, validity window (`validBefore ≥ now + 6`, `validAfter ≤ now`), exact amount, then local
 * stand-ins for what @x402/evm learns by simulating on chain: the token contract exists, the nonce
 * was never settled, the token's real name/version equal `extra`, the payer's balance covers the value.
 *
 * `settle` re-verifies, marks the nonce used and moves the balance. Its `transaction` is
 * keccak256 of the authorization's EIP-712 digest: the same authorization always maps to the same
 * hash (so a ledger with `tx_hash UNIQUE` records a retry once), and no two authorizations share one.
 * A second settle of the same payload fails with `invalid_exact_evm_nonce_already_used`.
 *
 * Malformed input (not an x402 payment at all) throws `X402FormatError`; a well-formed but invalid
 * payment is an answer, `{ isValid: false, invalidReason, payer }`.
 *
 * @example
 * const facilitator = createMockFacilitator({ now: () => 1_760_000_000 });
 * await facilitator.verify(payment, requirements); // { isValid: true, payer: '0xf39F…2266' }
 * await facilitator.settle(payment, requirements); // { success: true, transaction: '0x…', network: 'eip155:196', payer }
 */
export function createMockFacilitator(options: MockFacilitatorOptions = {}): MockFacilitator {
  const now = options.now ?? (() => Math.floor(Date.now() / 1000));
  const tokens = options.tokens ?? KNOWN_EIP3009_TOKENS;
  const startingBalance = options.startingBalance ?? DEFAULT_STARTING_BALANCE;
  const state: MockFacilitatorState = structuredClone(options.state ?? { balances: {}, usedNonces: [] });
  const usedNonces = new Set(state.usedNonces);

  function tokenFor(asset: string | undefined): Eip3009Token {
    const token =
      asset === undefined ? tokens[0] : tokens.find((known) => known.address.toLowerCase() === asset.toLowerCase());
    if (token === undefined) {
      throw new X402FacilitatorError('unknown_asset', 'The mock knows no token at this address', {
        asset: asset ?? '',
      });
    }
    return token;
  }

  function holderKey(address: string): string {
    if (!FORMATS.address.test(address)) {
      throw new X402FacilitatorError('invalid_address', 'Not a 0x EVM address', { field: 'address' });
    }
    return address.toLowerCase();
  }

  function readBalance(token: Eip3009Token, address: string): bigint {
    const stored = state.balances[tokenKey(token)]?.[holderKey(address)];
    return stored === undefined ? startingBalance : BigInt(stored);
  }

  function writeBalance(token: Eip3009Token, address: string, amount: bigint): void {
    const key = tokenKey(token);
    // In place: a write costs the same with ten payers or twenty thousand.
    const holders = state.balances[key] ?? {};
    holders[holderKey(address)] = amount.toString();
    state.balances[key] = holders;
  }

  const nonceKey = (token: Eip3009Token, payment: NormalizedPayment) =>
    `${tokenKey(token)}/${payment.payload.authorization.from}/${payment.payload.authorization.nonce}`.toLowerCase();

  async function precheck(payment: NormalizedPayment): Promise<Precheck> {
    const { accepted, requirements, payload } = payment;
    if (accepted.scheme !== 'exact' || requirements.scheme !== 'exact') return { reason: VERIFY_REASONS.scheme };
    const { name, version } = requirements.extra;
    if (!name || !version) return { reason: VERIFY_REASONS.missingDomain };
    if (accepted.network !== requirements.network || chainIdFromNetwork(requirements.network) === undefined) {
      return { reason: VERIFY_REASONS.networkMismatch };
    }
    // A non-string name or version cannot be hashed into a domain, so no signature can match it.
    if (typeof name !== 'string' || typeof version !== 'string') return { reason: VERIFY_REASONS.signature };
    const domain = eip712DomainFor(requirements);
    const signer = await recoverTransferAuthorizationSigner(domain, payload);
    if (signer !== getAddress(payload.authorization.from)) return { reason: VERIFY_REASONS.signature };
    return { digest: hashTransferAuthorization(domain, payload.authorization).digest };
  }

  /** Synchronous on purpose: `settle` runs it and then mutates state with no `await` in between. */
  function stateCheck(
    payment: NormalizedPayment,
  ): { reason: VerifyReason } | { reason?: undefined; token: Eip3009Token } {
    const { requirements, payload } = payment;
    const { authorization } = payload;
    const clock = BigInt(now());
    if (getAddress(authorization.to) !== getAddress(requirements.payTo)) {
      return { reason: VERIFY_REASONS.recipientMismatch };
    }
    if (BigInt(authorization.validBefore) < clock + VALID_BEFORE_MARGIN_SECONDS) {
      return { reason: VERIFY_REASONS.validBefore };
    }
    if (BigInt(authorization.validAfter) > clock) return { reason: VERIFY_REASONS.validAfter };
    if (BigInt(authorization.value) !== BigInt(requirements.amount)) return { reason: VERIFY_REASONS.valueMismatch };
    const token = findEip3009Token(requirements.network, requirements.asset, tokens);
    if (token === undefined) return { reason: VERIFY_REASONS.assetNotDeployed };
    // Stand-ins for @x402/evm's diagnosis of a failed simulation, in its order.
    if (usedNonces.has(nonceKey(token, payment))) return { reason: VERIFY_REASONS.nonceUsed };
    if (token.name !== requirements.extra.name) return { reason: VERIFY_REASONS.tokenNameMismatch };
    if (token.version !== requirements.extra.version) return { reason: VERIFY_REASONS.tokenVersionMismatch };
    if (readBalance(token, authorization.from) < BigInt(authorization.value)) {
      return { reason: VERIFY_REASONS.insufficientBalance };
    }
    return { token };
  }

  return {
    async verify(paymentPayload, paymentRequirements, callOptions = {}) {
      const payment = normalizePayment(paymentPayload, paymentRequirements, callOptions);
      const payer = payment.payload.authorization.from;
      const reason = (await precheck(payment)).reason ?? stateCheck(payment).reason;
      return reason === undefined ? { isValid: true, payer } : { isValid: false, invalidReason: reason, payer };
    },

    async settle(paymentPayload, paymentRequirements, callOptions = {}) {
      const payment = normalizePayment(paymentPayload, paymentRequirements, callOptions);
      const { network } = payment.requirements;
      const { from: payer, to, value } = payment.payload.authorization;
      const failed = (errorReason: VerifyReason) => ({ success: false, errorReason, transaction: '', network, payer });
      const pre = await precheck(payment);
      if (pre.reason !== undefined) return failed(pre.reason);
      const verdict = stateCheck(payment);
      if (verdict.reason !== undefined) return failed(verdict.reason);
      const { token } = verdict;
      usedNonces.add(nonceKey(token, payment));
      writeBalance(token, payer, readBalance(token, payer) - BigInt(value));
      writeBalance(token, to, readBalance(token, to) + BigInt(value));
      return { success: true, transaction: keccak256(pre.digest), network, payer };
    },

    supported() {
      const networks = [...new Set(tokens.map((token) => token.network))];
      return {
        kinds: networks.flatMap((network) => [
          { x402Version: 2, scheme: 'exact', network },
          { x402Version: 1, scheme: 'exact', network },
        ]),
        extensions: [],
        // Nothing is broadcast, so no address pays gas.
        signers: { 'eip155:*': [] },
      };
    },

    faucet(address, amount = startingBalance, asset) {
      const text = typeof amount === 'bigint' ? amount.toString() : amount;
      if (!FORMATS.uint.test(text)) {
        throw new X402FacilitatorError('invalid_amount', `The faucet amount must be ${FORMATS.uint.expected}`, {
          field: 'amount',
        });
      }
      const atomic = BigInt(text);
      const token = tokenFor(asset);
      const balance = readBalance(token, address) + atomic;
      if (balance > MAX_UINT256) {
        throw new X402FacilitatorError('invalid_amount', 'The balance would pass 2^256 − 1, which no token holds', {
          field: 'amount',
        });
      }
      writeBalance(token, address, balance);
      return balance;
    },

    balanceOf(address, asset) {
      return readBalance(tokenFor(asset), address);
    },

    snapshot() {
      return structuredClone({ balances: state.balances, usedNonces: [...usedNonces] });
    },
  };
}
