import { expect, type Page, type Request, test } from '@playwright/test';
import { generateKeyPair, SignJWT } from 'jose';
import { buildPaymentRequired } from '../../playground/x402/server/buildPaymentRequired.ts';
import { encodePaymentRequiredHeader } from '../../playground/x402/wire/paymentHeaders.ts';
import { ANVIL_ACCOUNT_1_ADDRESS } from '../fixtures/x402Vectors.ts';
import { consoleProblems } from './consoleProblems.ts';
import { type IslandLocale, text } from './islandText.ts';

const SECRET = 'a-project-jwt-secret-for-the-webmcp-test';
const USER = 'user_2xPnG8KxVQr';
const HAN = /\p{Script=Han}/u;

/** What the stand-in keeps of each registration; `execute` stays in the page. */
interface Registration {
  name: string;
  description: string;
  inputSchema: {
    type: string;
    properties: Record<string, { type: string; description?: string }>;
    required?: string[];
    additionalProperties?: boolean;
  };
  annotations?: { readOnlyHint?: boolean };
}

/**
 * Installs a stand-in WebMCP `modelContext` before any page script runs: it records each registration and,
 * like the draft's `registerTool`, throws on a name registered twice (counted in `duplicates`).
 */
async function installModelContext(page: Page, where: 'document' | 'navigator' = 'document') {
  await page.addInitScript((host) => {
    const tools = new Map<string, { execute: (input: object, client: object) => Promise<unknown> }>();
    const log = { registrations: [] as unknown[], duplicates: 0 };
    const modelContext = {
      registerTool(tool: { name: string; execute: (input: object, client: object) => Promise<unknown> }) {
        if (tools.has(tool.name)) {
          log.duplicates++;
          throw new DOMException(`${tool.name} is already registered`, 'InvalidStateError');
        }
        tools.set(tool.name, tool);
        log.registrations.push(JSON.parse(JSON.stringify(tool)));
      },
    };
    Object.defineProperty(host === 'document' ? document : navigator, 'modelContext', { value: modelContext });
    Object.assign(window, { webmcpLog: log, webmcpTools: tools });
  }, where);
}

/** Loads `path` and returns what it registered once the page and its scripts are done. */
async function registrations(page: Page, path: string): Promise<Registration[]> {
  await page.goto(path, { waitUntil: 'networkidle' });
  return page.evaluate(
    () => (window as unknown as { webmcpLog: { registrations: Registration[] } }).webmcpLog.registrations,
  );
}

/** Calls a registered tool's `execute` the way an agent's browser would, and reads its answer. */
async function call(page: Page, name: string, input: object) {
  const response = await page.evaluate(
    ([name, input]) => {
      const tools = (window as unknown as { webmcpTools: Map<string, { execute: (i: object, c: object) => unknown }> })
        .webmcpTools;
      return tools.get(name as string)?.execute(input as object, {});
    },
    [name, input] as const,
  );
  const { content, structuredContent, isError } = response as {
    content: { type: string; text: string }[];
    // biome-ignore lint/suspicious/noExplicitAny: the answer is read as an agent reads it, as untyped JSON.
    structuredContent: Record<string, any>;
    isError?: boolean;
  };
  // Clients that read only text get the same JSON.
  expect(content).toEqual([{ type: 'text', text: JSON.stringify(structuredContent) }]);
  return { result: structuredContent, isError: isError ?? false };
}

function expectWellFormed(tools: Registration[], locale: IslandLocale) {
  for (const tool of tools) {
    expect(tool.annotations).toEqual({ readOnlyHint: true });
    expect(tool.inputSchema).toMatchObject({ type: 'object', additionalProperties: false });
    const names = Object.keys(tool.inputSchema.properties);
    for (const required of tool.inputSchema.required ?? []) expect(names).toContain(required);
    for (const property of Object.values(tool.inputSchema.properties)) expect(property.description).toBeTruthy();
    // Descriptions are in the page's language.
    expect(tool.description).toMatch(locale === 'zh-CN' ? HAN : /^[^\p{Script=Han}]+$/u);
  }
}

/** Every request the page makes, to check that running the tools fetches only from the site itself. */
function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  return requests;
}

function expectOnlyOwnOrigin(requests: Request[], baseURL: string | undefined) {
  const origin = new URL(baseURL ?? '').origin;
  expect(requests.filter((r) => new URL(r.url()).origin !== origin).map((r) => r.url())).toEqual([]);
}

/** The island must stay asleep: registering and running tools is not a reason to download React. */
async function expectIslandAsleep(page: Page) {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(1);
  await expect(page.locator('.pg-root[data-live]')).toHaveCount(0);
}

const LOCALES = [
  { locale: 'en', prefix: '' },
  { locale: 'zh-CN', prefix: '/zh-cn' },
] as const;

for (const { locale, prefix } of LOCALES) {
  test.describe(locale, () => {
    test('the JWT page registers decode_jwt and check_insforge_token, which answer with the playground’s verdict', async ({
      page,
      baseURL,
    }) => {
      await installModelContext(page);
      const requests = recordRequests(page);
      const tools = await registrations(page, `${prefix}/playground/jwt/`);
      expect(tools.map((tool) => tool.name)).toEqual(['decode_jwt', 'check_insforge_token']);
      expectWellFormed(tools, locale);

      const now = Math.floor(Date.now() / 1000);
      const token = await new SignJWT({ sub: USER, role: 'authenticated', aud: 'insforge-api' })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setIssuedAt(now)
        .setExpirationTime(now + 3600)
        .sign(new TextEncoder().encode(SECRET));
      const decoded = await call(page, 'decode_jwt', { token });
      expect(decoded.result).toMatchObject({ kind: 'jws', signatureVerified: false, payload: { sub: USER } });
      expect(decoded.result.claims.find((c: { claim: string }) => c.claim === 'exp').description).toBe(
        text(locale, 'jwt.claims.exp'),
      );

      const accepted = await call(page, 'check_insforge_token', { token, secret: SECRET });
      expect(accepted.result).toMatchObject({
        accepted: true,
        httpStatus: 200,
        claims: { sub: USER, role: 'authenticated' },
        requestingUserId: USER,
        summary: text(locale, 'jwt.check.accepted', { role: 'authenticated' }),
      });

      // The provider's own token, signed with its RS256 key: InsForge refuses it before looking further.
      const { privateKey } = await generateKeyPair('RS256');
      const providerToken = await new SignJWT({ sub: USER })
        .setProtectedHeader({ alg: 'RS256', kid: 'provider-key-1' })
        .setExpirationTime(now + 60)
        .sign(privateKey);
      const refused = await call(page, 'check_insforge_token', { token: providerToken, secret: SECRET });
      expect(refused.isError).toBe(false);
      expect(refused.result).toMatchObject({ accepted: false, httpStatus: 401, claims: null, requestingUserId: null });
      expect(refused.result.rules[0]).toMatchObject({
        rule: 'algorithm',
        status: 'fail',
        reason: 'asymmetric',
        message: text(locale, 'jwt.insforge.algorithm.asymmetric', { alg: 'RS256' }),
      });

      const malformed = await call(page, 'decode_jwt', { token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0' });
      expect(malformed).toEqual({
        isError: true,
        result: {
          error: {
            code: 'wrong_segment_count',
            message: text(locale, 'errors.wrong_segment_count', { count: 2 }),
            details: { segment: 'token', count: 2 },
          },
        },
      });

      await expectIslandAsleep(page);
      expectOnlyOwnOrigin(requests, baseURL);
    });

    // Behaviour is tested once, in English. In Chinese the test above proves the island's strings and
    // wiring; the dictionaries' parity is a unit test.
    if (locale !== 'en') return;

    test('the RLS page registers generate_rls_sql, which writes the SQL and explains bad names', async ({
      page,
      baseURL,
    }) => {
      await installModelContext(page);
      const requests = recordRequests(page);
      const tools = await registrations(page, `${prefix}/playground/rls/`);
      expect(tools.map((tool) => tool.name)).toEqual(['generate_rls_sql']);
      expectWellFormed(tools, locale);

      const { result, isError } = await call(page, 'generate_rls_sql', {
        provider: 'clerk',
        table: 'notes',
        commands: ['select', 'insert'],
        pattern: 'public-read',
      });
      expect(isError).toBe(false);
      expect(result.sql).toMatch(/ENABLE ROW LEVEL SECURITY/i);
      expect(result.policies).toEqual(['notes_select_public', 'notes_insert_own']);
      for (const policy of result.policies) expect(result.sql).toContain(`create policy ${policy} on public.notes`);

      const bad = await call(page, 'generate_rls_sql', { provider: 'clerk', table: 'notes; drop table users' });
      expect(bad.isError).toBe(true);
      expect(bad.result.error).toMatchObject({
        code: 'invalid_identifier',
        message: text(locale, 'errors.invalid_identifier', { value: 'notes; drop table users' }),
        details: { field: 'table' },
      });

      await expectIslandAsleep(page);
      expectOnlyOwnOrigin(requests, baseURL);
    });

    test('the x402 page registers decode_x402_header, which decodes a PAYMENT-REQUIRED header', async ({
      page,
      baseURL,
    }) => {
      await installModelContext(page);
      const requests = recordRequests(page);
      const tools = await registrations(page, `${prefix}/playground/x402/`);
      expect(tools.map((tool) => tool.name)).toEqual(['decode_x402_header']);
      expectWellFormed(tools, locale);

      const challenge = buildPaymentRequired({
        url: 'https://example.test/api/report',
        payTo: ANVIL_ACCOUNT_1_ADDRESS,
      });
      const { result, isError } = await call(page, 'decode_x402_header', {
        header: 'PAYMENT-REQUIRED',
        value: encodePaymentRequiredHeader(challenge),
      });
      expect(isError).toBe(false);
      expect(result).toMatchObject({
        kind: 'payment-required',
        dialect: 'v2',
        strict: { accepted: true },
        findings: [],
        decoded: challenge,
        summary: text(locale, 'x402.pg.inspector.verdict', {
          kind: text(locale, 'x402.pg.kind.payment-required'),
          dialect: text(locale, 'x402.pg.dialect.v2'),
        }),
      });

      await expectIslandAsleep(page);
      expectOnlyOwnOrigin(requests, baseURL);
    });
  });
}

test('an older browser with only navigator.modelContext gets the tools too', async ({ page }) => {
  await installModelContext(page, 'navigator');
  const tools = await registrations(page, '/playground/rls/');
  expect(tools.map((tool) => tool.name)).toEqual(['generate_rls_sql']);
  const { result } = await call(page, 'generate_rls_sql', { provider: 'auth0', table: 'posts' });
  expect(result.policies).toContain('posts_select_own');
});

test('the compare view registers each tool once, in the reader’s language', async ({ page }) => {
  await installModelContext(page);
  const tools = await registrations(page, '/zh-cn/compare/playground/jwt/');
  expect(tools.map((tool) => tool.name)).toEqual(['decode_jwt', 'check_insforge_token']);
  expectWellFormed(tools, 'zh-CN');
  expect(
    await page.evaluate(() => (window as unknown as { webmcpLog: { duplicates: number } }).webmcpLog.duplicates),
  ).toBe(0);
});

test('a guide page registers nothing', async ({ page }) => {
  await installModelContext(page);
  expect(await registrations(page, '/auth/clerk/')).toEqual([]);
});

test('without WebMCP a playground page does nothing: no errors, and the tools are never downloaded', async ({
  page,
}) => {
  const problems = consoleProblems(page);
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/zh-cn/playground/jwt/', { waitUntil: 'networkidle' });
  expect(await page.evaluate(() => 'modelContext' in document || 'modelContext' in navigator)).toBe(false);
  expect(scripts.filter((path) => /playgroundTools/.test(path))).toEqual([]);
  expect(problems).toEqual([]);
});
