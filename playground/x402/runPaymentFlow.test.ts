import { privateKeyToAccount } from 'viem/accounts';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { ANVIL_ACCOUNT_0 } from '../../tests/fixtures/x402Vectors.ts';
import { PLAYGROUND_USDG, USDG, USDG_DOMAIN_SEPARATOR } from '../catalog/chains.ts';
import { createSandbox, type Sandbox } from '../sandbox/createSandbox.ts';
import { createMockFacilitator, type MockFacilitator } from './facilitator/createMockFacilitator.ts';
import { createPaymentLedger, type LedgerPayment, type PaymentLedger } from './ledger/paymentLedger.ts';
import { type FlowStepId, MISTAKE_FAILURES, type PaymentMistake, type RefusedMistake } from './paymentMistakes.ts';
import { type PaymentFlowResult, PLAYGROUND_PAYEE, runPaymentFlow } from './runPaymentFlow.ts';
import { VERIFY_REASONS } from './wire/x402Reasons.ts';

const NOW = 1_800_000_000;
const signer = privateKeyToAccount(ANVIL_ACCOUNT_0.privateKey);

let sandbox: Sandbox;
let ledger: PaymentLedger;
let facilitator: MockFacilitator;
let announced: LedgerPayment[];

let unsubscribe: () => Promise<void>;

beforeAll(async () => {
  sandbox = await createSandbox();
});
beforeEach(async () => {
  // One sandbox for the file; each test starts from an empty ledger and a fresh facilitator.
  ledger = await createPaymentLedger(sandbox);
  await sandbox.exec('truncate public.x402_payments');
  facilitator = createMockFacilitator({ now: () => NOW });
  announced = [];
  unsubscribe = await ledger.subscribe((payment) => announced.push(payment));
});
afterEach(() => unsubscribe());
afterAll(() => sandbox.close());

const run = (mistake?: PaymentMistake, token = PLAYGROUND_USDG) =>
  runPaymentFlow({ facilitator, ledger, signer, token, now: () => NOW, origin: 'https://docs.example' }, mistake);

const statuses = (result: PaymentFlowResult) =>
  Object.fromEntries(result.steps.map((step) => [step.id, step.status])) as Partial<Record<FlowStepId, string>>;

/** Lets the `pg_notify` of a committed insert reach the listener. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('runPaymentFlow', () => {
  test('default: pays, records one row, announces it, and moves the test balance', async () => {
    const result = await run();
    expect(result.outcome).toBe('paid');
    expect(statuses(result)).toEqual({
      request: 'ok',
      challenge: 'ok',
      sign: 'ok',
      verify: 'ok',
      settle: 'ok',
      deliver: 'ok',
    });
    expect(result.receipt).toMatchObject({ success: true, network: 'eip155:196', payer: ANVIL_ACCOUNT_0.address });
    expect(result.recorded).toMatchObject({
      payer_address: ANVIL_ACCOUNT_0.address,
      endpoint: '/api/premium',
      amount: '1',
      tx_hash: result.receipt?.transaction,
      chain: 'xlayer',
      status: 'settled',
    });
    expect(await ledger.totals()).toEqual({ count: 1, revenue: 1n });
    await settle();
    expect(announced.map((p) => p.tx_hash)).toEqual([result.receipt?.transaction]);
    expect(facilitator.balanceOf(PLAYGROUND_PAYEE)).toBe(100_000_001n);
    expect(result.log).toEqual([]);
  });

  test('behavior: every exchange is recorded with its x402 headers decoded', async () => {
    const result = await run();
    const [unpaid] = result.steps.find((s) => s.id === 'request')?.exchanges ?? [];
    expect(unpaid).toMatchObject({ method: 'GET', path: '/api/premium', status: 402 });
    const challenge = unpaid?.response.headers.find((h) => h.name === 'PAYMENT-REQUIRED');
    expect(challenge?.decoded).toMatchObject({
      x402Version: 2,
      resource: { url: 'https://docs.example/api/premium' },
      accepts: [{ scheme: 'exact', network: 'eip155:196', amount: '1', payTo: PLAYGROUND_PAYEE }],
    });
    const [paid] = result.steps.find((s) => s.id === 'deliver')?.exchanges ?? [];
    expect(paid?.request.headers.find((h) => h.name === 'PAYMENT-SIGNATURE')?.decoded).toMatchObject({
      x402Version: 2,
      payload: { signature: result.signing.signature },
    });
    expect(paid?.response.headers.find((h) => h.name === 'PAYMENT-RESPONSE')?.decoded).toEqual(result.receipt);
    const [verify] = result.steps.find((s) => s.id === 'verify')?.exchanges ?? [];
    expect(verify).toMatchObject({ method: 'POST', path: '/verify', response: { body: { isValid: true } } });
    expect(verify?.request.body).toMatchObject({ x402Version: 2, paymentRequirements: { amount: '1' } });
  });

  test('behavior: the Sign step shows the digest, the recovered signer and the domain separator check', async () => {
    const { signing } = await run('none', USDG);
    expect(signing.typedData.domain).toEqual({
      name: 'Global Dollar',
      version: '1',
      chainId: 196,
      verifyingContract: USDG.checksumAddress,
    });
    expect(signing.hashes.domainSeparator).toBe(USDG_DOMAIN_SEPARATOR);
    expect(signing.tokenDomainSeparator).toBe(USDG_DOMAIN_SEPARATOR);
    expect(signing.recoveredSigner).toBe(ANVIL_ACCOUNT_0.address);
    expect(signing.hashes.digest).toMatch(/^0x[0-9a-f]{64}$/);
  });

  const refusedAtVerify = (Object.keys(MISTAKE_FAILURES) as RefusedMistake[])
    .filter((mistake) => MISTAKE_FAILURES[mistake].step === 'verify')
    .map((mistake) => [mistake, MISTAKE_FAILURES[mistake].step, MISTAKE_FAILURES[mistake].reason] as const);

  test('behavior: the promised reasons are the facilitator’s own strings', () => {
    const known: readonly string[] = Object.values(VERIFY_REASONS);
    expect(Object.values(MISTAKE_FAILURES).filter(({ reason }) => !known.includes(reason))).toEqual([]);
    expect(refusedAtVerify.map(([mistake]) => mistake)).toEqual([
      'wrong_domain',
      'expired',
      'amount_mismatch',
      'wrong_pay_to',
    ]);
  });

  test.each(refusedAtVerify)(
    'error: %s fails at %s with %s, nothing settles and nothing is recorded',
    async (mistake, stepId, reason) => {
      const result = await run(mistake);
      expect(result).toMatchObject({ outcome: 'refused', reason });
      expect(result.steps.find((s) => s.id === stepId)).toMatchObject({ status: 'failed', reason });
      expect(statuses(result)).toMatchObject({ settle: 'skipped', deliver: 'failed' });
      expect(result.recorded).toBeUndefined();
      expect(await ledger.totals()).toEqual({ count: 0, revenue: 0n });
      expect(facilitator.balanceOf(PLAYGROUND_PAYEE)).toBe(100_000_000n);
    },
  );

  test('error: wrong_domain signs a domain separator that is not the token’s, and recovers a stranger', async () => {
    const { signing, steps } = await run('wrong_domain');
    expect(signing.typedData.domain).toMatchObject({ name: 'USDG', version: '2' });
    expect(signing.hashes.domainSeparator).not.toBe(signing.tokenDomainSeparator);
    expect(signing.recoveredSigner).not.toBe(ANVIL_ACCOUNT_0.address);
    expect(steps.find((s) => s.id === 'sign')?.status).toBe('warning');
  });

  test('error: replay is refused with nonce already used, and the ledger keeps one row', async () => {
    const result = await run('replay');
    expect(result).toMatchObject({ outcome: 'refused', reason: MISTAKE_FAILURES.replay.reason });
    expect(statuses(result)).toMatchObject({ settle: 'ok', deliver: 'ok', replay: 'failed' });
    const replay = result.steps.find((s) => s.id === 'replay');
    expect(replay?.exchanges.map((e) => e.path)).toEqual(['/api/premium', '/verify']);
    expect(await ledger.totals()).toEqual({ count: 1, revenue: 1n });
  });

  test('error: insert_fails serves and settles, records nothing, and logs the reconciliation line', async () => {
    const result = await run('insert_fails');
    expect(result.outcome).toBe('paid_not_recorded');
    expect(statuses(result)).toMatchObject({ verify: 'ok', settle: 'ok', deliver: 'warning' });
    expect(result.receipt?.success).toBe(true);
    expect(result.log).toEqual([
      expect.stringMatching(
        new RegExp(`^\\[payment-log\\] insert failed tx_hash=${result.receipt?.transaction} \\(.*row-level security`),
      ),
    ]);
    expect(await ledger.totals()).toEqual({ count: 0, revenue: 0n });
    expect(facilitator.balanceOf(PLAYGROUND_PAYEE)).toBe(100_000_001n);
  });
});

describe('createPaymentLedger', () => {
  const row = {
    payer_address: ANVIL_ACCOUNT_0.address,
    endpoint: '/api/premium',
    amount: '1500000',
    tx_hash: `0x${'ab'.repeat(32)}`,
    chain: 'xlayer',
    status: 'settled' as const,
    response_summary: 'Premium API report',
  };

  test('error: the same tx_hash twice is refused by UNIQUE, leaving one row', async () => {
    await ledger.record(row);
    await expect(ledger.record(row)).rejects.toMatchObject({ code: 'sql_error', details: { sqlState: '23505' } });
    expect(await ledger.totals()).toEqual({ count: 1, revenue: 1_500_000n });
    expect((await ledger.recent()).map((p) => p.tx_hash)).toEqual([row.tx_hash]);
  });

  test('error: the anon key cannot write the ledger (RLS, no insert policy)', async () => {
    await expect(ledger.record(row, 'anon')).rejects.toMatchObject({
      code: 'sql_error',
      details: { sqlState: '42501' },
    });
  });
});
