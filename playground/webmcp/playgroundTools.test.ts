import { describe, expect, test } from 'vitest';
import { signTestToken } from '../../tests/fixtures/signTestToken.ts';
import { ANVIL_ACCOUNT_1_ADDRESS } from '../../tests/fixtures/x402Vectors.ts';
import { LOCALES } from '../catalog/locale.ts';
import { PROVIDER_IDS } from '../catalog/providers.ts';
import en from '../i18n/en.json' with { type: 'json' };
import { sampleProviderToken } from '../jwt/sampleProviderToken.ts';
import { RLS_PATTERNS } from '../rls/rlsTypes.ts';
import { buildPaymentRequired, buildPaymentRequiredV1 } from '../x402/server/buildPaymentRequired.ts';
import { encodeHeaderJson, encodePaymentRequiredHeader, PAYMENT_HEADERS } from '../x402/wire/paymentHeaders.ts';
import {
  describePlaygroundTools,
  PLAYGROUND_TOOLS,
  type PlaygroundId,
  runPlaygroundTool,
  type ToolName,
} from './playgroundTools.ts';
import type { InputSchema } from './validateToolInput.ts';

const NOW = 1_760_000_000;
const SECRET = 'a-test-project-jwt-secret-of-32-bytes!';
const USER = 'user_2xPnG8KxVQr';
const PLAYGROUNDS = Object.keys(PLAYGROUND_TOOLS) as PlaygroundId[];

/** Runs a tool in English on the frozen clock; returns its JSON answer and whether it is an error. */
async function run(name: ToolName, input: unknown, locale: 'en' | 'zh-CN' = 'en') {
  const response = await runPlaygroundTool(name, input, { locale, now: NOW });
  // The text content is the same JSON, for clients that read only text.
  expect(JSON.parse(response.content[0].text)).toEqual(response.structuredContent);
  // biome-ignore lint/suspicious/noExplicitAny: the answer is read as an agent reads it, as untyped JSON.
  const result = response.structuredContent as Record<string, any>;
  return { isError: response.isError ?? false, result };
}

const sampleOptions = () => ({ now: NOW, secret: { value: SECRET, encoding: 'utf8' as const } });
const validToken = () =>
  signTestToken({ sub: USER, role: 'authenticated', email: 'ada@example.com', iat: NOW, exp: NOW + 3600 }, SECRET);

describe('describePlaygroundTools', () => {
  /** Every property schema, with its dotted path, however deep. */
  function properties(schema: InputSchema, path = ''): [string, InputSchema][] {
    const own = Object.entries(schema.properties ?? {}).flatMap(([name, property]): [string, InputSchema][] => {
      const at = path === '' ? name : `${path}.${name}`;
      return [[at, property], ...properties(property, at)];
    });
    return schema.items ? [...own, ...properties(schema.items, path)] : own;
  }

  test.each(PLAYGROUNDS.flatMap((playground) => LOCALES.map((locale) => [playground, locale] as const)))(
    'behavior: %s tools in %s have a description and a described object schema',
    async (playground, locale) => {
      const tools = await describePlaygroundTools(playground, locale);
      expect(tools.map((tool) => tool.name)).toEqual(PLAYGROUND_TOOLS[playground]);
      for (const tool of tools) {
        expect(tool.description).not.toMatch(/^webmcp\./);
        expect(tool.inputSchema).toMatchObject({ type: 'object', additionalProperties: false });
        for (const [path, property] of properties(tool.inputSchema)) {
          // A missing dictionary key would come back as the key itself.
          expect(property.description, path).not.toBe(`webmcp.${tool.name}.${path}`);
          expect(property.description, path).toBeTruthy();
        }
        const names = Object.keys(tool.inputSchema.properties ?? {});
        for (const required of tool.inputSchema.required ?? []) expect(names).toContain(required);
        // The descriptor travels inside the page as JSON: nothing may be lost on the way.
        expect(JSON.parse(JSON.stringify(tool))).toEqual(tool);
      }
    },
  );

  test('behavior: descriptions are in the page language', async () => {
    const [zh] = await describePlaygroundTools('rls', 'zh-CN');
    expect(zh?.description).toMatch(/\p{Script=Han}/u);
    expect(zh?.inputSchema.properties?.table?.description).toMatch(/\p{Script=Han}/u);
  });

  test('behavior: enums come from the catalog and type constants', async () => {
    const [rls] = await describePlaygroundTools('rls', 'en');
    expect(rls?.inputSchema.properties?.provider?.enum).toEqual(PROVIDER_IDS);
    expect(rls?.inputSchema.properties?.pattern?.enum).toEqual(RLS_PATTERNS);
    const [x402] = await describePlaygroundTools('x402', 'en');
    expect(x402?.inputSchema.properties?.header?.enum).toEqual(Object.values(PAYMENT_HEADERS));
  });
});

describe('decode_jwt', () => {
  test('default: header, payload and explained claims of a signed token', async () => {
    const { isError, result } = await run('decode_jwt', { token: `Bearer ${await validToken()}` });
    expect(isError).toBe(false);
    expect(result).toMatchObject({
      kind: 'jws',
      signatureVerified: false,
      header: { alg: 'HS256', typ: 'JWT' },
      payload: { sub: USER },
      signatureBytes: 32,
    });
    expect(result.claims.find((c: { claim: string }) => c.claim === 'exp')).toEqual({
      claim: 'exp',
      value: NOW + 3600,
      kind: 'registered',
      description: en['jwt.claims.exp'],
      time: { iso: new Date((NOW + 3600) * 1000).toISOString(), relativeSeconds: 3600 },
    });
  });

  test('behavior: points at the InsForge token nested in an Auth0 token', async () => {
    const { rawToken, insforgeToken } = await sampleProviderToken('auth0', sampleOptions());
    const { result } = await run('decode_jwt', { token: rawToken });
    expect(result.nestedInsforgeToken).toMatchObject({
      claim: 'https://insforge.dev/insforge_token',
      token: insforgeToken,
    });
  });

  test('error: a token nested 5,000 levels deep is an error answer, not a crash', async () => {
    const b64 = (text: string) => Buffer.from(text).toString('base64url');
    const deep = `${b64('{"alg":"HS256"}')}.${b64(`{"sub":"x","a":${'['.repeat(5_000)}${']'.repeat(5_000)}}`)}.c2ln`;
    const { isError, result } = await run('decode_jwt', { token: deep });
    expect(isError).toBe(true);
    expect(result.error).toMatchObject({
      code: 'json_too_deep',
      message: en['errors.json_too_deep'].replace('{limit}', '32'),
    });
  });

  test('error: a token with two parts names the count', async () => {
    const { isError, result } = await run('decode_jwt', { token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0' });
    expect(isError).toBe(true);
    expect(result.error).toEqual({
      code: 'wrong_segment_count',
      message: en['errors.wrong_segment_count'].replace('{count}', '2'),
      details: { segment: 'token', count: 2 },
    });
  });
});

describe('check_insforge_token', () => {
  test('default: accepted, with the claims Postgres sees and requesting_user_id()', async () => {
    const { result } = await run('check_insforge_token', { token: await validToken(), secret: SECRET });
    expect(result).toMatchObject({
      accepted: true,
      httpStatus: 200,
      dbRole: 'authenticated',
      claims: { sub: USER, email: 'ada@example.com', role: 'authenticated' },
      requestingUserId: USER,
      summary: en['jwt.check.accepted'].replace('{role}', 'authenticated'),
    });
    expect(result.rules.find((r: { rule: string }) => r.rule === 'signature')).toMatchObject({
      status: 'pass',
      reason: 'valid',
      message: en['jwt.insforge.signature.valid'],
    });
  });

  test.each([
    // A provider's own RS256 token: refused before the signature is even looked at.
    [
      'the provider token',
      async () => ({ token: (await sampleProviderToken('clerk', sampleOptions())).rawToken }),
      'algorithm',
      'asymmetric',
    ],
    // No secret given: the signature cannot be checked.
    ['no secret', async () => ({ token: await validToken() }), 'signature', 'noSecret'],
    // Another project's secret.
    ['a wrong secret', async () => ({ token: await validToken(), secret: 'another-secret' }), 'signature', 'mismatch'],
  ])('behavior: %s is refused with 401 and a reason', async (_, input, rule, reason) => {
    const { isError, result } = await run('check_insforge_token', await input());
    expect(isError).toBe(false);
    expect(result).toMatchObject({ accepted: false, httpStatus: 401, claims: null, requestingUserId: null });
    const failed = result.rules.find((r: { rule: string }) => r.rule === rule);
    expect(failed).toMatchObject({ status: 'fail', reason });
    expect(failed.message).not.toMatch(/\{\w+\}|jwt\.insforge\./);
  });

  test.each([
    ['en', 'this has 1.'],
    ['zh-CN', '这里有 1 段'],
  ] as const)('error: a token that does not decode is explained in %s', async (locale, text) => {
    const { isError, result } = await run('check_insforge_token', { token: 'not-a-token' }, locale);
    expect(isError).toBe(true);
    expect(result.error).toMatchObject({ code: 'wrong_segment_count', details: { count: 1 } });
    expect(result.error.message).toContain(text);
  });
});

describe('generate_rls_sql', () => {
  test('default: the script, its policies and explained statements', async () => {
    const { isError, result } = await run('generate_rls_sql', { provider: 'clerk', table: 'notes' });
    expect(isError).toBe(false);
    expect(result.sql).toContain('alter table public.notes enable row level security;');
    expect(result.policies).toEqual(['notes_select_own', 'notes_insert_own', 'notes_update_own', 'notes_delete_own']);
    expect(result.statements[0]).toEqual({
      kind: 'function',
      sql: expect.stringContaining('public.requesting_user_id()'),
      explanation: en['rls.explain.function_auth_jwt'],
    });
  });

  test('behavior: every option reaches the generator', async () => {
    const { result } = await run('generate_rls_sql', {
      provider: 'auth0',
      schema: 'app',
      table: 'posts',
      ownerColumn: 'author_id',
      columns: [{ name: 'body', type: 'text' }],
      commands: ['select', 'insert'],
      pattern: 'public-read',
      claimSource: 'current_setting',
      idempotent: false,
      grants: false,
      index: false,
      wrapInSelect: false,
    });
    expect(result.policies).toEqual(['posts_select_public', 'posts_insert_own']);
    expect(result.sql).toContain("current_setting('request.jwt.claims', true)");
    expect(result.sql).toContain('author_id text not null');
    expect(result.sql).not.toMatch(/drop policy|grant |create index/);
  });

  test.each([
    // The generator refuses the name: its own code and field.
    [{ provider: 'clerk', table: 'notes; drop table users' }, 'invalid_identifier', 'table'],
    [{ provider: 'clerk', table: 'notes', commands: [] }, 'no_commands', 'commands'],
    // The schema refuses the input before the generator runs.
    [{ provider: 'clerk' }, 'missing_input', 'table'],
    [{ provider: 'clerk', table: 'notes', owner: 'user_id' }, 'unknown_input', 'owner'],
    [{ provider: 'clerk', table: 'notes', commands: 'select' }, 'invalid_input_type', 'commands'],
    [{ provider: 'clerk', table: 'notes', pattern: 'everyone' }, 'invalid_option', 'pattern'],
    [
      { provider: 'clerk', table: 'notes', columns: [{ name: 'n', type: 'money' }] },
      'invalid_option',
      'columns.0.type',
    ],
    [null, 'invalid_input_type', 'input'],
  ])('error: %j answers %s on %s', async (input, code, field) => {
    const { isError, result } = await run('generate_rls_sql', input);
    expect(isError).toBe(true);
    expect(result.error).toMatchObject({ code, details: { field } });
    expect(result.error.message).not.toMatch(/\{\w+\}|^errors\./);
  });

  test.each([
    ['en', '“1notes” cannot be used as a name here'],
    ['zh-CN', '“1notes”不能用作名称'],
  ] as const)('error: an invalid identifier is explained in %s', async (locale, text) => {
    const { result } = await run('generate_rls_sql', { provider: 'clerk', table: '1notes' }, locale);
    expect(result.error.message).toContain(text);
  });
});

describe('decode_x402_header', () => {
  const options = { url: 'https://example.test/api/report', payTo: ANVIL_ACCOUNT_1_ADDRESS };

  test('default: a v2 challenge decodes, passes strict decoding and has no findings', async () => {
    const value = encodePaymentRequiredHeader(buildPaymentRequired(options));
    const { isError, result } = await run('decode_x402_header', { header: 'PAYMENT-REQUIRED', value });
    expect(isError).toBe(false);
    expect(result).toMatchObject({
      header: 'PAYMENT-REQUIRED',
      kind: 'payment-required',
      dialect: 'v2',
      strict: { accepted: true },
      findings: [],
      decoded: { x402Version: 2, accepts: [{ amount: '1', payTo: ANVIL_ACCOUNT_1_ADDRESS }] },
    });
  });

  test('behavior: the header defaults to PAYMENT-REQUIRED and the guide’s OKX variant is named', async () => {
    const value = encodePaymentRequiredHeader(buildPaymentRequiredV1(options));
    const { result } = await run('decode_x402_header', { value });
    expect(result).toMatchObject({ header: 'PAYMENT-REQUIRED', dialect: 'okx-guide' });
    expect(result.findings).toContainEqual(
      expect.objectContaining({ code: 'v1_message_in_v2_header', message: en['x402.finding.v1_message_in_v2_header'] }),
    );
  });

  test('behavior: well-formed JSON that strict decoding rejects is still explained', async () => {
    const value = encodeHeaderJson({ success: true, transaction: '0x01', network: 'eip155:196' });
    const { isError, result } = await run('decode_x402_header', { header: 'PAYMENT-REQUIRED', value });
    expect(isError).toBe(false);
    expect(result.strict).toMatchObject({ accepted: false, error: { code: 'invalid_shape' } });
    expect(result.findings).toContainEqual(expect.objectContaining({ code: 'wrong_message_for_header' }));
  });

  test('error: a 1 MB header is an error answer, not a crash', async () => {
    const { isError, result } = await run('decode_x402_header', {
      header: 'X-PAYMENT',
      value: 'A'.repeat(1024 * 1024),
    });
    expect(isError).toBe(true);
    expect(result.error).toMatchObject({ code: 'input_too_large', details: { header: 'X-PAYMENT' } });
  });

  test.each([
    ['not base64', { value: 'not base64!' }, 'invalid_base64'],
    ['base64 that is not JSON', { value: btoa('hello') }, 'invalid_json'],
    ['an unknown header', { header: 'X-PAY', value: 'e30=' }, 'invalid_option'],
  ])('error: %s', async (_, input, code) => {
    const { isError, result } = await run('decode_x402_header', input);
    expect(isError).toBe(true);
    expect(result.error.code).toBe(code);
    expect(result.error.message).toBe(
      code === 'invalid_option'
        ? en['errors.invalid_option'].replace('{value}', 'X-PAY').replace('{field}', 'header')
        : en[`errors.${code}` as keyof typeof en],
    );
  });
});
