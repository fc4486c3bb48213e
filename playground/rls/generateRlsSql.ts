import { getProvider, PROVIDER_IDS, type ProviderId } from '../catalog/providers.ts';
import type { MessageKey } from '../i18n/messageKey.ts';
import { oneOf } from '../oneOf.ts';
import { MAX_IDENTIFIER_BYTES, quoteIdentifier } from './quoteIdentifier.ts';
import { RlsInputError } from './rlsErrors.ts';
import {
  CLAIM_SOURCES,
  type ClaimSource,
  COLUMN_TYPES,
  type ColumnType,
  RLS_COMMANDS,
  RLS_PATTERNS,
  type RlsCommand,
  type RlsConfig,
  type RlsPattern,
} from './rlsTypes.ts';

export type StatementKind =
  | 'function'
  | 'schema'
  | 'table'
  | 'enable_rls'
  | 'drop_policy'
  | 'policy'
  | 'grant'
  | 'index'
  | 'reload_schema';

export interface RlsStatement {
  readonly kind: StatementKind;
  readonly sql: string;
  /** An i18n key (`rls.explain.*`) and the values its text interpolates, for the reader's language. */
  readonly explain: { readonly key: MessageKey; readonly params: Record<string, string> };
}

export interface GeneratedRlsSql {
  /** The whole script: a comment header, then every statement in order. */
  readonly sql: string;
  readonly statements: readonly RlsStatement[];
}

type DbRole = 'authenticated' | 'anon';

interface PolicyPlan {
  readonly command: RlsCommand;
  readonly suffix: string;
  readonly roles: readonly DbRole[];
  readonly using?: string;
  readonly check?: string;
  readonly explainKey: MessageKey;
}

interface Resolved {
  readonly providerId: ProviderId;
  readonly schema: string;
  /** Unquoted, for building policy and index names. */
  readonly tableName: string;
  readonly ownerName: string;
  readonly table: string;
  readonly owner: string;
  readonly columns: readonly { readonly name: string; readonly type: ColumnType }[];
  readonly commands: readonly RlsCommand[];
  readonly pattern: RlsPattern;
  readonly claimSource: ClaimSource;
  readonly idempotent: boolean;
  readonly grants: boolean;
  readonly index: boolean;
  readonly me: string;
}

/** Column names the generated table always has besides the owner column. */
const ID_COLUMN = 'id';
const CREATED_AT_COLUMN = 'created_at';

const CLAIM_EXPRESSIONS: Readonly<Record<ClaimSource, string>> = {
  'auth.jwt': "nullif(auth.jwt() ->> 'sub', '')::text",
  current_setting: "nullif(current_setting('request.jwt.claims', true)::json ->> 'sub', '')::text",
};

const PATTERN_SUMMARIES: Readonly<Record<RlsPattern, string>> = {
  'owner-only': 'each row is visible to and changeable by its owner only.',
  'public-read': 'anyone, signed in or not, reads every row; only its owner inserts, updates or deletes it.',
  'authenticated-read': 'any signed-in user reads every row; only its owner inserts, updates or deletes it.',
  'insert-only-inbox':
    "any signed-in user drops a row into anyone's inbox; only the recipient (the owner column) reads or deletes it.",
};

/**
 * Builds the RLS setup script for one table, in the order the guides use: `requesting_user_id()`,
 * the table (owner column `TEXT NOT NULL DEFAULT public.requesting_user_id()`), `enable row level
 * security`, one policy per command (`TO authenticated`, or `anon` too for public reads), grants,
 * the owner-column index and a PostgREST schema reload. Every name is validated and quoted by
 * `quoteIdentifier`, so the output is safe to run whatever the reader typed. Pure string building:
 * it runs nothing; the sandbox runs the result.
 *
 * @throws {RlsInputError} `invalid_identifier`, `invalid_column_type`, `duplicate_column`,
 *   `no_commands` or `invalid_option`, with `details.field` naming the input.
 * @example
 * const { sql, statements } = generateRlsSql({ provider: 'clerk', table: 'notes' });
 * statements.map((s) => s.kind);
 * // ['function', 'table', 'enable_rls', 'drop_policy', 'policy', …, 'grant', 'grant', 'index', 'reload_schema']
 */
export function generateRlsSql(config: RlsConfig): GeneratedRlsSql {
  const r = resolve(config);
  const statements: RlsStatement[] = [functionStatement(r)];
  if (r.schema !== 'public') statements.push(schemaStatement(r));
  statements.push(tableStatement(r), enableRlsStatement(r));
  const policies = r.commands.flatMap((command) => planPolicy(r, command) ?? []);
  for (const plan of policies) statements.push(...policyStatements(r, plan));
  // With no policy at all (an inbox asked only for UPDATE) nobody gets through RLS, so there is nothing to grant.
  if (r.grants && policies.length > 0) statements.push(...grantStatements(r, policies));
  if (r.index) statements.push(indexStatement(r));
  statements.push({
    kind: 'reload_schema',
    sql: "notify pgrst, 'reload schema';",
    explain: { key: 'rls.explain.reload_schema', params: {} },
  });
  return { sql: `${header(r)}\n\n${joinStatements(statements)}\n`, statements };
}

function resolve(config: RlsConfig): Resolved {
  const providerId = choice(PROVIDER_IDS, config.provider, 'provider');
  const pattern = choice(RLS_PATTERNS, config.pattern ?? 'owner-only', 'pattern');
  const claimSource = choice(CLAIM_SOURCES, config.claimSource ?? 'auth.jwt', 'claimSource');
  const requested = (config.commands ?? RLS_COMMANDS).map((c, i) => choice(RLS_COMMANDS, c, `commands.${i}`));
  // Canonical order, duplicates dropped: the script reads the same whatever order the form sent.
  const commands = RLS_COMMANDS.filter((c) => requested.includes(c));
  if (commands.length === 0) {
    throw new RlsInputError('no_commands', 'Pick at least one command to write a policy for', { field: 'commands' });
  }

  const schema = quoteIdentifier(config.schema ?? 'public', 'schema');
  const table = `${schema}.${quoteIdentifier(config.table, 'table')}`;
  const ownerName = config.ownerColumn ?? 'user_id';
  const owner = quoteIdentifier(ownerName, 'ownerColumn');
  const taken = new Set([ID_COLUMN, ownerName, CREATED_AT_COLUMN]);
  if (ownerName === ID_COLUMN || ownerName === CREATED_AT_COLUMN) {
    throw new RlsInputError('duplicate_column', `The owner column cannot be named ${ownerName}`, {
      field: 'ownerColumn',
      name: ownerName,
    });
  }
  const columns = (config.columns ?? [{ name: 'title', type: 'text' }]).map((column, i) => {
    const field = `columns.${i}`;
    const name = quoteIdentifier(column.name, `${field}.name`);
    if (taken.has(column.name)) {
      throw new RlsInputError('duplicate_column', `Column ${column.name} is defined twice`, {
        field: `${field}.name`,
        name: column.name,
      });
    }
    taken.add(column.name);
    if (!(COLUMN_TYPES as readonly string[]).includes(column.type)) {
      throw new RlsInputError('invalid_column_type', `Column type ${column.type} is not offered`, {
        field: `${field}.type`,
        type: String(column.type),
      });
    }
    return { name, type: column.type };
  });

  const helper = 'public.requesting_user_id()';
  return {
    providerId,
    schema,
    tableName: config.table,
    ownerName,
    table,
    owner,
    columns,
    commands,
    pattern,
    claimSource,
    idempotent: config.idempotent ?? true,
    grants: config.grants ?? true,
    index: config.index ?? true,
    me: (config.wrapInSelect ?? true) ? `(select ${helper})` : helper,
  };
}

/** `value` when it is one of `allowed`; otherwise the input error that names the field. */
function choice<T extends string>(allowed: readonly T[], value: unknown, field: string): T {
  const chosen = typeof value === 'string' ? oneOf(value, allowed) : undefined;
  if (chosen !== undefined) return chosen;
  throw new RlsInputError('invalid_option', `${field}: ${String(value)} is not one of ${allowed.join(', ')}`, {
    field,
    value: String(value),
  });
}

/** A name built from the table name; refused rather than left for Postgres to truncate. */
function derivedName(base: string, suffix: string): string {
  const name = `${base}_${suffix}`;
  if (new TextEncoder().encode(name).length > MAX_IDENTIFIER_BYTES) {
    throw new RlsInputError(
      'invalid_identifier',
      `The derived name ${name} is longer than ${MAX_IDENTIFIER_BYTES} bytes`,
      {
        field: 'table',
        reason: 'derived_too_long',
        value: name,
      },
    );
  }
  return quoteIdentifier(name, 'table');
}

function header(r: Resolved): string {
  const provider = getProvider(r.providerId);
  const lines = [
    `-- ${r.table}: ${PATTERN_SUMMARIES[r.pattern]}`,
    `-- ${r.owner} holds ${provider.name} user ids (e.g. ${provider.userId.examples[0]}): text, never uuid.`,
  ];
  if (r.pattern === 'insert-only-inbox' && r.commands.includes('update')) {
    lines.push('-- No UPDATE policy on purpose: once delivered, a row cannot be edited.');
  }
  if (r.claimSource === 'current_setting') {
    lines.push('-- Reads request.jwt.claims directly, which also works on backends older than v2.1.0.');
  }
  lines.push(
    r.idempotent
      ? '-- Idempotent: safe to run again.'
      : '-- Runs once: a second run fails on objects that already exist.',
  );
  return lines.join('\n');
}

function functionStatement(r: Resolved): RlsStatement {
  const create = r.idempotent ? 'create or replace function' : 'create function';
  const sql = [
    `${create} public.requesting_user_id()`,
    'returns text',
    'language sql',
    'stable',
    'as $$',
    `  select ${CLAIM_EXPRESSIONS[r.claimSource]}`,
    '$$;',
  ].join('\n');
  const key = r.claimSource === 'auth.jwt' ? 'rls.explain.function_auth_jwt' : 'rls.explain.function_current_setting';
  return { kind: 'function', sql, explain: { key, params: {} } };
}

function schemaStatement(r: Resolved): RlsStatement {
  const sql = `create schema${r.idempotent ? ' if not exists' : ''} ${r.schema};`;
  return { kind: 'schema', sql, explain: { key: 'rls.explain.schema', params: { schema: r.schema } } };
}

function tableStatement(r: Resolved): RlsStatement {
  const provider = getProvider(r.providerId);
  const ownerNote =
    r.pattern === 'insert-only-inbox'
      ? `recipient's ${provider.name} user id; defaults to the sender`
      : `${provider.name} user id, e.g. ${provider.userId.examples[0]}`;
  const lines = [
    `create table${r.idempotent ? ' if not exists' : ''} ${r.table} (`,
    `  ${ID_COLUMN} uuid primary key default gen_random_uuid(),`,
    `  ${r.owner} text not null default public.requesting_user_id(), -- ${ownerNote}`,
    ...r.columns.map((c) => `  ${c.name} ${c.type},`),
    `  ${CREATED_AT_COLUMN} timestamptz not null default now()`,
    ');',
  ];
  return {
    kind: 'table',
    sql: lines.join('\n'),
    explain: {
      key: 'rls.explain.table',
      params: { table: r.table, ownerColumn: r.owner, provider: provider.name, example: provider.userId.examples[0] },
    },
  };
}

function enableRlsStatement(r: Resolved): RlsStatement {
  return {
    kind: 'enable_rls',
    sql: `alter table ${r.table} enable row level security;`,
    explain: { key: 'rls.explain.enable_rls', params: { table: r.table } },
  };
}

/** The policy a pattern gives one command, or null when the pattern allows that command to no one. */
function planPolicy(r: Resolved, command: RlsCommand): PolicyPlan | null {
  const ownRow = `${r.owner} = ${r.me}`;
  const own: PolicyPlan = {
    command,
    suffix: `${command}_own`,
    roles: ['authenticated'],
    ...(command === 'insert' ? {} : { using: ownRow }),
    ...(command === 'insert' || command === 'update' ? { check: ownRow } : {}),
    explainKey: 'rls.explain.policy_own',
  };
  switch (r.pattern) {
    case 'owner-only':
      return own;
    case 'public-read':
      if (command !== 'select') return own;
      return {
        command,
        suffix: 'select_public',
        roles: ['authenticated', 'anon'],
        using: 'true',
        explainKey: 'rls.explain.policy_public_read',
      };
    case 'authenticated-read':
      if (command !== 'select') return own;
      return {
        command,
        suffix: 'select_signed_in',
        roles: ['authenticated'],
        using: 'true',
        explainKey: 'rls.explain.policy_signed_in_read',
      };
    case 'insert-only-inbox':
      if (command === 'update') return null;
      if (command !== 'insert') return own;
      return {
        command,
        suffix: 'insert_signed_in',
        roles: ['authenticated'],
        check: `${r.me} is not null`,
        explainKey: 'rls.explain.policy_inbox_insert',
      };
  }
}

function policyStatements(r: Resolved, plan: PolicyPlan): RlsStatement[] {
  const name = derivedName(r.tableName, plan.suffix);
  const lines = [`create policy ${name} on ${r.table}`, `  for ${plan.command} to ${plan.roles.join(', ')}`];
  if (plan.using) lines.push(`  using (${plan.using})`);
  if (plan.check) lines.push(`  with check (${plan.check})`);
  const create: RlsStatement = {
    kind: 'policy',
    sql: `${lines.join('\n')};`,
    explain: {
      key: plan.explainKey,
      params: { policy: name, command: plan.command.toUpperCase(), ownerColumn: r.owner, helper: r.me },
    },
  };
  if (!r.idempotent) return [create];
  const drop: RlsStatement = {
    kind: 'drop_policy',
    sql: `drop policy if exists ${name} on ${r.table};`,
    explain: { key: 'rls.explain.drop_policy', params: { policy: name } },
  };
  return [drop, create];
}

function grantStatements(r: Resolved, policies: readonly PolicyPlan[]): RlsStatement[] {
  const byRole = new Map<DbRole, RlsCommand[]>();
  for (const role of ['authenticated', 'anon'] as const) {
    const commands = policies.filter((p) => p.roles.includes(role)).map((p) => p.command);
    if (commands.length > 0) byRole.set(role, commands);
  }
  const roles = [...byRole.keys()].join(', ');
  const statements: RlsStatement[] = [
    {
      kind: 'grant',
      sql: `grant usage on schema ${r.schema} to ${roles};`,
      explain: { key: 'rls.explain.grant_schema', params: { schema: r.schema, roles } },
    },
  ];
  for (const [role, commands] of byRole) {
    const privileges = commands.join(', ');
    statements.push({
      kind: 'grant',
      sql: `grant ${privileges} on ${r.table} to ${role};`,
      explain: { key: 'rls.explain.grant_table', params: { table: r.table, role, privileges } },
    });
  }
  return statements;
}

function indexStatement(r: Resolved): RlsStatement {
  const name = derivedName(r.tableName, `${r.ownerName}_idx`);
  return {
    kind: 'index',
    sql: `create index${r.idempotent ? ' if not exists' : ''} ${name} on ${r.table} (${r.owner});`,
    explain: { key: 'rls.explain.index', params: { index: name, ownerColumn: r.owner } },
  };
}

/** Blank lines between steps; a drop stays next to its create, and grants stay together. */
function joinStatements(statements: readonly RlsStatement[]): string {
  return statements
    .map((s, i) => {
      const previous = statements[i - 1];
      if (!previous) return s.sql;
      const sameStep = previous.kind === 'drop_policy' || (previous.kind === 'grant' && s.kind === 'grant');
      return `${sameStep ? '\n' : '\n\n'}${s.sql}`;
    })
    .join('');
}
