import type { Locale } from '../catalog/locale.ts';
import { PROVIDER_IDS } from '../catalog/providers.ts';
import { isPlaygroundError, type PlaygroundError } from '../errors.ts';
import { runtimeKey } from '../i18n/messageKey.ts';
import { checkInsforgeToken } from '../jwt/checkInsforgeToken.ts';
import { decodeToken } from '../jwt/decodeToken.ts';
import { explainClaims } from '../jwt/explainClaims.ts';
import { extractNestedInsforgeToken } from '../jwt/providerPresets.ts';
import { generateRlsSql } from '../rls/generateRlsSql.ts';
import { CLAIM_SOURCES, COLUMN_TYPES, RLS_COMMANDS, RLS_PATTERNS, type RlsConfig } from '../rls/rlsTypes.ts';
import { loadDictionary } from '../ui/loadDictionary.ts';
import { type Translate, translate } from '../ui/translate.ts';
import { inspectPaymentHeader } from '../x402/wire/inspectPaymentHeader.ts';
import { PAYMENT_HEADERS, type PaymentHeaderName } from '../x402/wire/paymentHeaders.ts';
import { type InputSchema, validateToolInput } from './validateToolInput.ts';

type JsonObject = Record<string, unknown>;

/** What every tool gets besides its input: the page's language and the clock (unix seconds). */
interface ToolContext {
  readonly t: Translate;
  readonly now: number;
}

interface PlaygroundTool {
  /** Property descriptions are left out here: `describePlaygroundTools` adds them in the page's language. */
  readonly inputSchema: InputSchema;
  run(input: unknown, context: ToolContext): JsonObject | Promise<JsonObject>;
}

/** A tool whose `run` sees its input typed as its schema promises (`validateToolInput` has checked it). */
function defineTool<Input>(
  inputSchema: InputSchema,
  run: (input: Input, context: ToolContext) => JsonObject | Promise<JsonObject>,
): PlaygroundTool {
  return { inputSchema, run: (input, context) => run(input as Input, context) };
}

const STRING: InputSchema = { type: 'string' };
const BOOLEAN: InputSchema = { type: 'boolean' };
const enumOf = (values: readonly string[]): InputSchema => ({ type: 'string', enum: values });
const object = (properties: Record<string, InputSchema>, required: readonly string[] = []): InputSchema => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
});

const TOOLS = {
  decode_jwt: defineTool<{ token: string }>(object({ token: STRING }, ['token']), ({ token }, { t, now }) => {
    const decoded = decodeToken(token);
    if (decoded.kind === 'jwe') {
      const summary = t('jwt.decode.jwe', { alg: decoded.alg ?? '?', enc: decoded.enc ?? '?' });
      return { kind: 'jwe', summary, header: decoded.header };
    }
    const nested = extractNestedInsforgeToken(decoded.payload);
    return {
      kind: 'jws',
      signatureVerified: false,
      header: decoded.header,
      payload: decoded.payload,
      signatureBytes: decoded.signatureLength,
      claims: explainClaims(decoded.payload, now).map(({ descriptionKey, ...claim }) => ({
        ...claim,
        description: t(descriptionKey),
      })),
      ...(nested && { nestedInsforgeToken: { ...nested, note: t('jwt.decode.nested', { claim: nested.claim }) } }),
    };
  }),

  check_insforge_token: defineTool<{ token: string; secret?: string }>(
    object({ token: STRING, secret: STRING }, ['token']),
    async ({ token, secret = '' }, { t, now }) => {
      // A token that does not even decode is refused as input with the decode error itself, as `decode_jwt`
      // refuses it, rather than answered with a 401 verdict.
      decodeToken(token);
      const verdict = await checkInsforgeToken(token, secret, { now });
      const summary = verdict.accepted
        ? t('jwt.check.accepted', { role: verdict.dbRole ?? '' })
        : t('jwt.check.refused', { status: verdict.httpStatus });
      return {
        ...verdict,
        summary,
        rules: verdict.rules.map(({ rule, status, messageKey, details }) => ({
          rule,
          status,
          // The last part of the message key names the outcome: `asymmetric`, `mismatch`, `expired`…
          reason: messageKey.slice(messageKey.lastIndexOf('.') + 1),
          message: t(messageKey, details),
          ...(details && { details }),
        })),
      };
    },
  ),

  generate_rls_sql: defineTool<RlsConfig>(
    object(
      {
        provider: enumOf(PROVIDER_IDS),
        schema: STRING,
        table: STRING,
        ownerColumn: STRING,
        columns: { type: 'array', items: object({ name: STRING, type: enumOf(COLUMN_TYPES) }, ['name', 'type']) },
        commands: { type: 'array', items: enumOf(RLS_COMMANDS) },
        pattern: enumOf(RLS_PATTERNS),
        claimSource: enumOf(CLAIM_SOURCES),
        idempotent: BOOLEAN,
        grants: BOOLEAN,
        index: BOOLEAN,
        wrapInSelect: BOOLEAN,
      },
      ['provider', 'table'],
    ),
    (config, { t }) => {
      const { sql, statements } = generateRlsSql(config);
      return {
        sql,
        policies: statements.flatMap((s) => (s.kind === 'policy' ? [s.explain.params.policy] : [])),
        statements: statements.map(({ kind, sql, explain }) => ({
          kind,
          sql,
          explanation: t(explain.key, explain.params),
        })),
      };
    },
  ),

  decode_x402_header: defineTool<{ header?: PaymentHeaderName; value: string }>(
    object({ header: enumOf(Object.values(PAYMENT_HEADERS)), value: STRING }, ['value']),
    // The header inspector's own inspection, and its default header.
    ({ header = PAYMENT_HEADERS.required, value }, { t }) => {
      const { kind, dialect, findings, decoded, strictError } = inspectPaymentHeader(value, header);
      return {
        header,
        kind,
        dialect,
        summary: t('x402.pg.inspector.verdict', {
          kind: t(`x402.pg.kind.${kind}`),
          dialect: t(`x402.pg.dialect.${dialect}`),
        }),
        strict:
          strictError === null
            ? { accepted: true, summary: t('x402.pg.inspector.strictPasses') }
            : { accepted: false, summary: t('x402.pg.inspector.strictFails'), error: errorJson(t, strictError) },
        findings: findings.map((finding) => ({ ...finding, message: t(`x402.finding.${finding.code}`) })),
        decoded,
      };
    },
  ),
} satisfies Record<string, PlaygroundTool>;

export type ToolName = keyof typeof TOOLS;

/** The playgrounds, each with the tools its page offers to agents. */
export const PLAYGROUND_TOOLS = {
  jwt: ['decode_jwt', 'check_insforge_token'],
  rls: ['generate_rls_sql'],
  x402: ['decode_x402_header'],
} as const satisfies Record<string, readonly ToolName[]>;
export type PlaygroundId = keyof typeof PLAYGROUND_TOOLS;

/** A tool as WebMCP's `registerTool` takes it, minus `execute`: plain JSON, so a page can carry it. */
export interface ToolDescriptor {
  readonly name: ToolName;
  readonly description: string;
  readonly inputSchema: InputSchema;
}

/** What a tool answers, in the shape MCP clients read: the JSON as text, and as structured content. */
export interface ToolResponse {
  readonly content: readonly [{ readonly type: 'text'; readonly text: string }];
  readonly structuredContent: JsonObject;
  readonly isError?: true;
}

/**
 * The tools of one playground, described in `locale`: name, description and an input schema whose every
 * property has a description (dictionary keys `webmcp.<tool>.description` and `webmcp.<tool>.<path>`).
 *
 * @example
 * const [decodeJwt] = await describePlaygroundTools('jwt', 'en');
 * decodeJwt.inputSchema; // { type: 'object', properties: { token: { type: 'string', description: '…' } }, … }
 */
export async function describePlaygroundTools(playground: PlaygroundId, locale: Locale): Promise<ToolDescriptor[]> {
  const t = await translator(locale);
  return PLAYGROUND_TOOLS[playground].map((name) => ({
    name,
    description: t(runtimeKey(`webmcp.${name}`, 'description')),
    inputSchema: describeSchema(TOOLS[name].inputSchema, (path) => t(runtimeKey(`webmcp.${name}`, path))),
  }));
}

/**
 * Runs a playground tool for an agent with the same logic the page's form uses, and answers in the
 * page's language. Input that breaks the tool's schema, and input the tool itself refuses (a malformed
 * token, a name that cannot be a SQL identifier), come back with `isError` and
 * `{ error: { code, message, details } }`, the message saying what to fix. Nothing leaves the tab.
 *
 * @example
 * const response = await runPlaygroundTool('decode_jwt', { token }, { locale: 'en' });
 * response.structuredContent.payload; // { sub: 'user_2xPnG8KxVQr', … }
 */
export async function runPlaygroundTool(
  name: ToolName,
  input: unknown,
  { locale, now = Math.floor(Date.now() / 1000) }: { locale: Locale; now?: number },
): Promise<ToolResponse> {
  const t = await translator(locale);
  const tool: PlaygroundTool = TOOLS[name];
  try {
    validateToolInput(input, tool.inputSchema);
    return respond(await tool.run(input, { t, now }));
  } catch (error) {
    if (!isPlaygroundError(error)) throw error;
    return { ...respond({ error: errorJson(t, error) }), isError: true };
  }
}

function respond(result: JsonObject): ToolResponse {
  return { content: [{ type: 'text', text: JSON.stringify(result) }], structuredContent: result };
}

async function translator(locale: Locale): Promise<Translate> {
  const dictionary = await loadDictionary(locale);
  return (key, params) => translate(dictionary, key, params);
}

/** Adds each property's description, keyed by its dotted path (`columns.name` for an array's items). */
function describeSchema(schema: InputSchema, describeAt: (path: string) => string, path = ''): InputSchema {
  const properties =
    schema.properties &&
    Object.fromEntries(
      Object.entries(schema.properties).map(([name, property]) => {
        const at = path === '' ? name : `${path}.${name}`;
        return [name, { ...describeSchema(property, describeAt, at), description: describeAt(at) }];
      }),
    );
  const items = schema.items && describeSchema(schema.items, describeAt, path);
  return { ...schema, ...(properties && { properties }), ...(items && { items }) };
}

function errorJson(t: Translate, error: PlaygroundError) {
  return {
    code: error.code,
    message: t(runtimeKey('errors', error.code), error.details),
    ...(Object.keys(error.details).length > 0 && { details: error.details }),
  };
}
