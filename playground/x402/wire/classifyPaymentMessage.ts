import { findEip3009Token } from '../../catalog/chains.ts';
import { PAYMENT_HEADERS, type PaymentHeaderName } from './paymentHeaders.ts';
import { FORMATS, isJsonObject } from './shapeChecks.ts';
import type { JsonObject } from './x402Types.ts';

/** Which of the three x402 messages a value is. */
export type PaymentMessageKind = 'payment-required' | 'payment-payload' | 'settle-response' | 'unknown';

/**
 * Which protocol shape a message follows: standard `v2`, classic `v1`, the InsForge guide's
 * `okx-guide` hybrid (x402Version 1 field names, CAIP-2 network, v2 header names), or `mixed` when
 * v1 and v2 fields are combined in a way no known implementation sends.
 */
export type PaymentDialect = 'v2' | 'v1' | 'okx-guide' | 'mixed' | 'unknown';

/** Stable codes for what the inspector reports; the UI translates them (`x402.finding.<code>`). */
export const FINDING_CODES = [
  'not_an_object',
  'unknown_message',
  'wrong_message_for_header',
  'unsupported_version',
  'v1_field_in_v2',
  'v2_field_in_v1',
  'short_network_in_v2',
  'caip2_network_in_v1',
  'v1_message_in_v2_header',
  'v2_message_in_v1_header',
  'max_timeout_not_number',
  'amount_not_atomic',
  'missing_field',
  'missing_eip712_domain',
  'wrong_eip712_domain',
  'signature_not_65_bytes',
  'settlement_failed',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

/** `error`: a stock client, server or facilitator would refuse it; `warning`: only some would; `info`: worth knowing. */
export type FindingSeverity = 'error' | 'warning' | 'info';

export interface Finding {
  code: FindingCode;
  severity: FindingSeverity;
  /** JSON path of the field concerned, e.g. `accepts[0].maxAmountRequired`. */
  field?: string;
  expected?: string;
  actual?: string;
}

export interface PaymentMessageClassification {
  kind: PaymentMessageKind;
  dialect: PaymentDialect;
  findings: Finding[];
}

const HEADER_KINDS: Record<PaymentHeaderName, PaymentMessageKind> = {
  [PAYMENT_HEADERS.required]: 'payment-required',
  [PAYMENT_HEADERS.signature]: 'payment-payload',
  [PAYMENT_HEADERS.response]: 'settle-response',
  [PAYMENT_HEADERS.xPayment]: 'payment-payload',
  [PAYMENT_HEADERS.xPaymentResponse]: 'settle-response',
};
const V1_HEADERS: readonly PaymentHeaderName[] = [PAYMENT_HEADERS.xPayment, PAYMENT_HEADERS.xPaymentResponse];

function kindOfContent(message: JsonObject): PaymentMessageKind {
  if ('accepts' in message) return 'payment-required';
  if ('payload' in message || 'accepted' in message) return 'payment-payload';
  if ('success' in message) return 'settle-response';
  return 'unknown';
}

const isCaip2 = (network: unknown): boolean => typeof network === 'string' && network.includes(':');

/** A requirement-like object to inspect, with its JSON path. */
interface Located {
  object: JsonObject;
  path: string;
}

/** Collects findings while walking one message. */
class FindingList {
  readonly items: Finding[] = [];
  add(code: FindingCode, severity: FindingSeverity, details: Omit<Finding, 'code' | 'severity'> = {}): void {
    this.items.push({ code, severity, ...details });
  }
  has(...codes: FindingCode[]): boolean {
    return this.items.some((finding) => codes.includes(finding.code));
  }
}

const at = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);

/** Checks that apply to any requirement, whatever the version: types, amount format, EIP-712 domain. */
function checkRequirement({ object, path }: Located, version: 1 | 2, findings: FindingList): void {
  const amountKey = version === 2 ? 'amount' : 'maxAmountRequired';
  const wrongAmountKey = version === 2 ? 'maxAmountRequired' : 'amount';
  if (wrongAmountKey in object) {
    findings.add(version === 2 ? 'v1_field_in_v2' : 'v2_field_in_v1', 'error', {
      field: at(path, wrongAmountKey),
      expected: amountKey,
      actual: wrongAmountKey,
    });
  }
  const amount = object[amountKey] ?? object[wrongAmountKey];
  if (amount === undefined) findings.add('missing_field', 'error', { field: at(path, amountKey) });
  else if (typeof amount !== 'string' || !FORMATS.uint.test(amount)) {
    findings.add('amount_not_atomic', 'error', { field: at(path, amountKey), actual: JSON.stringify(amount) });
  }
  for (const key of ['scheme', 'network', 'asset', 'payTo', 'maxTimeoutSeconds']) {
    if (object[key] === undefined) findings.add('missing_field', 'error', { field: at(path, key) });
  }
  if (object.maxTimeoutSeconds !== undefined && typeof object.maxTimeoutSeconds !== 'number') {
    findings.add('max_timeout_not_number', 'error', {
      field: at(path, 'maxTimeoutSeconds'),
      actual: JSON.stringify(object.maxTimeoutSeconds),
    });
  }
  checkNetwork(object.network, at(path, 'network'), version, findings);
  checkDomain({ object, path }, findings);
}

function checkNetwork(network: unknown, field: string, version: 1 | 2, findings: FindingList): void {
  if (typeof network !== 'string') return;
  if (version === 2 && !isCaip2(network)) {
    findings.add('short_network_in_v2', 'error', { field, expected: 'eip155:<chainId>', actual: network });
  }
  if (version === 1 && isCaip2(network)) findings.add('caip2_network_in_v1', 'warning', { field, actual: network });
}

function checkDomain({ object, path }: Located, findings: FindingList): void {
  if (object.scheme !== 'exact') return;
  const extra = isJsonObject(object.extra) ? object.extra : {};
  if (
    typeof extra.name !== 'string' ||
    extra.name === '' ||
    typeof extra.version !== 'string' ||
    extra.version === ''
  ) {
    findings.add('missing_eip712_domain', 'error', { field: at(path, 'extra') });
    return;
  }
  const token =
    typeof object.network === 'string' && typeof object.asset === 'string'
      ? findEip3009Token(object.network, object.asset)
      : undefined;
  if (token !== undefined && (token.name !== extra.name || token.version !== extra.version)) {
    findings.add('wrong_eip712_domain', 'error', {
      field: at(path, 'extra'),
      expected: `${token.name} / ${token.version}`,
      actual: `${extra.name} / ${extra.version}`,
    });
  }
}

function checkChallenge(message: JsonObject, version: 1 | 2, findings: FindingList): void {
  if (version === 2 && !isJsonObject(message.resource)) findings.add('missing_field', 'error', { field: 'resource' });
  if (version === 1 && isJsonObject(message.resource)) {
    findings.add('v2_field_in_v1', 'error', { field: 'resource', expected: 'accepts[].resource', actual: 'resource' });
  }
  if (!Array.isArray(message.accepts) || message.accepts.length === 0) {
    findings.add('missing_field', 'error', { field: 'accepts' });
    return;
  }
  message.accepts.forEach((item, index) => {
    if (isJsonObject(item)) checkRequirement({ object: item, path: `accepts[${index}]` }, version, findings);
  });
}

function checkPayment(message: JsonObject, version: 1 | 2, findings: FindingList): void {
  if (version === 2) {
    if (isJsonObject(message.accepted)) checkRequirement({ object: message.accepted, path: 'accepted' }, 2, findings);
    else findings.add('missing_field', 'error', { field: 'accepted' });
    for (const key of ['scheme', 'network']) {
      if (key in message)
        findings.add('v1_field_in_v2', 'error', { field: key, expected: `accepted.${key}`, actual: key });
    }
  } else {
    if ('accepted' in message) {
      findings.add('v2_field_in_v1', 'error', { field: 'accepted', expected: 'scheme, network', actual: 'accepted' });
    }
    for (const key of ['scheme', 'network']) {
      if (message[key] === undefined) findings.add('missing_field', 'error', { field: key });
    }
    checkNetwork(message.network, 'network', 1, findings);
  }
  const payload = isJsonObject(message.payload) ? message.payload : undefined;
  if (payload === undefined) {
    findings.add('missing_field', 'error', { field: 'payload' });
    return;
  }
  const { signature } = payload;
  if (typeof signature !== 'string') findings.add('missing_field', 'error', { field: 'payload.signature' });
  else if (!/^0x[0-9a-fA-F]{130}$/.test(signature)) {
    findings.add('signature_not_65_bytes', 'error', {
      field: 'payload.signature',
      expected: '65',
      actual: String(Math.ceil(signature.replace(/^0x/, '').length / 2)),
    });
  }
  if (!isJsonObject(payload.authorization)) findings.add('missing_field', 'error', { field: 'payload.authorization' });
}

function settlementDialect(message: JsonObject, header: PaymentHeaderName | undefined): PaymentDialect {
  if (header !== undefined) return V1_HEADERS.includes(header) ? 'v1' : 'v2';
  return isCaip2(message.network) ? 'v2' : 'v1';
}

/**
 * Tells which x402 message and dialect a decoded header value is, and names every mismatch between
 * the version it claims, the fields it uses, its network format and the header it came in — the
 * mistakes that make one implementation reject another's messages. Reads the raw JSON (from
 * `decodeHeaderJson`), so it can explain values that fail strict decoding.
 *
 * @param header The header the value came from, if known; it decides the kind and adds header checks.
 * @example
 * classifyPaymentMessage(decodeHeaderJson(value, 'PAYMENT-REQUIRED'), 'PAYMENT-REQUIRED');
 * // the guide's OKX challenge → { kind: 'payment-required', dialect: 'okx-guide',
 * //   findings: [{ code: 'v1_message_in_v2_header', … }, { code: 'caip2_network_in_v1', … }] }
 */
export function classifyPaymentMessage(value: unknown, header?: PaymentHeaderName): PaymentMessageClassification {
  if (!isJsonObject(value)) {
    return { kind: 'unknown', dialect: 'unknown', findings: [{ code: 'not_an_object', severity: 'error' }] };
  }
  const findings = new FindingList();
  const contentKind = kindOfContent(value);
  const headerKind = header === undefined ? undefined : HEADER_KINDS[header];
  if (headerKind !== undefined && contentKind !== 'unknown' && contentKind !== headerKind) {
    findings.add('wrong_message_for_header', 'error', { expected: headerKind, actual: contentKind });
  }
  const kind = contentKind === 'unknown' ? (headerKind ?? 'unknown') : contentKind;
  if (kind === 'unknown') {
    findings.add('unknown_message', 'error');
    return { kind, dialect: 'unknown', findings: findings.items };
  }
  if (kind === 'settle-response') {
    if (value.success === false) {
      findings.add('settlement_failed', 'info', { field: 'errorReason', actual: String(value.errorReason ?? '') });
    }
    return { kind, dialect: settlementDialect(value, header), findings: findings.items };
  }

  const version = value.x402Version;
  if (version !== 1 && version !== 2) {
    findings.add('unsupported_version', 'error', {
      field: 'x402Version',
      expected: '1 or 2',
      actual: JSON.stringify(version) ?? 'missing',
    });
    return { kind, dialect: 'unknown', findings: findings.items };
  }
  const v1Header = header !== undefined && V1_HEADERS.includes(header);
  if (version === 1 && header !== undefined && !v1Header) {
    findings.add('v1_message_in_v2_header', 'warning', { field: 'x402Version', actual: header });
  }
  if (version === 2 && v1Header)
    findings.add('v2_message_in_v1_header', 'error', { field: 'x402Version', actual: header });

  if (kind === 'payment-required') checkChallenge(value, version, findings);
  else checkPayment(value, version, findings);

  return { kind, dialect: dialectOf(version, findings, v1Header), findings: findings.items };
}

function dialectOf(version: 1 | 2, findings: FindingList, v1Header: boolean): PaymentDialect {
  if (version === 2)
    return findings.has('v1_field_in_v2', 'short_network_in_v2', 'v2_message_in_v1_header') ? 'mixed' : 'v2';
  if (findings.has('v2_field_in_v1')) return 'mixed';
  return findings.has('caip2_network_in_v1') && !v1Header ? 'okx-guide' : 'v1';
}
