import { describe, expect, test } from 'vitest';
import {
  ANVIL_ACCOUNT_1_ADDRESS,
  CANONICAL_CHALLENGE_HEADER,
  SIGNATURE_VECTOR,
} from '../../../tests/fixtures/x402Vectors.ts';
import { USDG } from '../../catalog/chains.ts';
import { InputLimitError } from '../../limits/inputLimitErrors.ts';
import { INPUT_LIMITS } from '../../limits/inputLimits.ts';
import { buildPaymentRequired, buildPaymentRequiredV1 } from '../server/buildPaymentRequired.ts';
import { inspectPaymentHeader } from './inspectPaymentHeader.ts';
import { encodeHeaderJson, type PaymentHeaderName } from './paymentHeaders.ts';
import { X402FormatError } from './x402Errors.ts';

const options = { url: 'https://example.test/api/report', payTo: ANVIL_ACCOUNT_1_ADDRESS, token: USDG };
const v2Challenge = buildPaymentRequired(options);
const [offer] = v2Challenge.accepts;
const payload = { signature: SIGNATURE_VECTOR.signature, authorization: SIGNATURE_VECTOR.authorization };
const v2Payment = { x402Version: 2, resource: v2Challenge.resource, accepted: offer, payload };
const okxPayment = { x402Version: 1, scheme: 'exact', network: 'eip155:196', payload };
const receipt = { success: true, transaction: `0x${'ab'.repeat(32)}`, network: 'eip155:196' };

/** The parts of an inspection a reader sees, with findings and the strict error reduced to their codes. */
function summary(value: string, header: PaymentHeaderName) {
  const { kind, dialect, findings, strictError } = inspectPaymentHeader(value, header);
  return { kind, dialect, findings: findings.map((finding) => finding.code), strict: strictError?.code ?? null };
}

test('default: the canonical v2 challenge decodes, passes the strict decoder and has nothing to report', () => {
  const inspection = inspectPaymentHeader(CANONICAL_CHALLENGE_HEADER, 'PAYMENT-REQUIRED');
  expect(inspection).toEqual({
    kind: 'payment-required',
    dialect: 'v2',
    findings: [],
    decoded: { ...v2Challenge, accepts: [offer] },
    strictError: null,
  });
});

describe('behavior', () => {
  test.each<[string, PaymentHeaderName, string, ReturnType<typeof summary>]>([
    // A header copied out of a log often comes with a line break.
    [
      'surrounding whitespace is ignored',
      'PAYMENT-REQUIRED',
      `\n ${CANONICAL_CHALLENGE_HEADER} \n`,
      { kind: 'payment-required', dialect: 'v2', findings: [], strict: null },
    ],
    // The InsForge guide's challenge: strict decoding takes it, the classifier names the hybrid.
    [
      "the guide's OKX challenge",
      'PAYMENT-REQUIRED',
      encodeHeaderJson(buildPaymentRequiredV1(options)),
      {
        kind: 'payment-required',
        dialect: 'okx-guide',
        findings: ['v1_message_in_v2_header', 'caip2_network_in_v1'],
        strict: null,
      },
    ],
    [
      'a v2 payment',
      'PAYMENT-SIGNATURE',
      encodeHeaderJson(v2Payment),
      { kind: 'payment-payload', dialect: 'v2', findings: [], strict: null },
    ],
    [
      'a CAIP-2 v1 payment in X-PAYMENT',
      'X-PAYMENT',
      encodeHeaderJson(okxPayment),
      { kind: 'payment-payload', dialect: 'v1', findings: ['caip2_network_in_v1'], strict: null },
    ],
    [
      'a receipt',
      'PAYMENT-RESPONSE',
      encodeHeaderJson(receipt),
      { kind: 'settle-response', dialect: 'v2', findings: [], strict: null },
    ],
    [
      'a v1 receipt',
      'X-PAYMENT-RESPONSE',
      encodeHeaderJson({ ...receipt, network: 'base' }),
      { kind: 'settle-response', dialect: 'v1', findings: [], strict: null },
    ],
    // Well-formed JSON that the strict decoder refuses is still explained: the decoder picked is the header's.
    [
      'a receipt in PAYMENT-REQUIRED',
      'PAYMENT-REQUIRED',
      encodeHeaderJson(receipt),
      { kind: 'settle-response', dialect: 'v2', findings: ['wrong_message_for_header'], strict: 'invalid_shape' },
    ],
    [
      'a string timeout',
      'PAYMENT-REQUIRED',
      encodeHeaderJson({ ...v2Challenge, accepts: [{ ...offer, maxTimeoutSeconds: '300' }] }),
      { kind: 'payment-required', dialect: 'v2', findings: ['max_timeout_not_number'], strict: 'invalid_shape' },
    ],
  ])('%s', (_label, header, value, expected) => {
    expect(summary(value, header)).toEqual(expected);
  });

  test('the strict error names the header and the field at fault', () => {
    const withStringTimeout = { ...v2Challenge, accepts: [{ ...offer, maxTimeoutSeconds: '300' }] };
    const { strictError } = inspectPaymentHeader(encodeHeaderJson(withStringTimeout), 'PAYMENT-REQUIRED');
    expect(strictError?.details).toMatchObject({ header: 'PAYMENT-REQUIRED', field: 'accepts[0].maxTimeoutSeconds' });
  });
});

test.each([
  ['not base64', 'not base64!', 'invalid_base64'],
  // 0xff is never UTF-8.
  ['bytes that are not UTF-8', '/w==', 'invalid_utf8'],
  ['base64 that is not JSON', btoa('hello'), 'invalid_json'],
])('error: %s', (_label, value, code) => {
  expect(() => inspectPaymentHeader(value, 'PAYMENT-SIGNATURE')).toThrow(
    expect.objectContaining({
      name: X402FormatError.name,
      code,
      details: expect.objectContaining({ header: 'PAYMENT-SIGNATURE' }),
    }),
  );
});

describe('limits', () => {
  test('error: a 1 MB pasted header is input_too_large, named by its header, before it is decoded', () => {
    const huge = encodeHeaderJson({ x402Version: 2, padding: 'x'.repeat(1024 * 1024) });
    expect(() => inspectPaymentHeader(huge, 'PAYMENT-SIGNATURE')).toThrow(
      expect.objectContaining({
        code: 'input_too_large',
        details: expect.objectContaining({ header: 'PAYMENT-SIGNATURE', limit: INPUT_LIMITS.maxLength }),
      }),
    );
  });

  test('error: a header nested 5,000 levels deep is json_too_deep', () => {
    const json = `{"x402Version":2,"accepts":${'['.repeat(5_000)}${']'.repeat(5_000)}}`;
    const deep = Buffer.from(json).toString('base64');
    expect(() => inspectPaymentHeader(deep, 'PAYMENT-REQUIRED')).toThrow(InputLimitError);
  });

  test('default: a real challenge is far inside the limits', () => {
    expect(CANONICAL_CHALLENGE_HEADER.length).toBeLessThan(INPUT_LIMITS.maxLength / 16);
  });
});
