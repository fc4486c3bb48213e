import { PROVIDER_IDS, type ProviderId } from '../catalog/providers.ts';
import { oneOf } from '../oneOf.ts';
import { MAX_IDENTIFIER_BYTES } from './quoteIdentifier.ts';
import {
  CLAIM_SOURCES,
  type ClaimSource,
  COLUMN_TYPES,
  type ColumnSpec,
  RLS_COMMANDS,
  RLS_PATTERNS,
  type RlsCommand,
  type RlsPattern,
} from './rlsTypes.ts';

/** The generator's on/off switches, written to the hash as one list of the ones that are on. */
export const RLS_OPTIONS = ['idempotent', 'grants', 'index', 'wrapInSelect'] as const;
export type RlsOption = (typeof RLS_OPTIONS)[number];

/**
 * The RLS playground's form: everything the generator needs, all of it shareable (nothing here is a
 * secret). Names are kept as the reader typed them; the generator validates them.
 */
export interface RlsHashState {
  readonly provider: ProviderId;
  readonly table: string;
  readonly ownerColumn: string;
  readonly columns: readonly ColumnSpec[];
  readonly commands: readonly RlsCommand[];
  readonly pattern: RlsPattern;
  readonly claimSource: ClaimSource;
  readonly options: Readonly<Record<RlsOption, boolean>>;
}

/** More columns than a form row can sensibly hold; a longer list in a link is cut here. */
export const MAX_COLUMNS = 8;
/** The generator's own identifier grammar; a shared link carries only names it would accept. */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The form a fresh playground starts with: a Clerk `notes` table that only its owner can touch. */
export const DEFAULT_RLS_STATE: RlsHashState = {
  provider: 'clerk',
  table: 'notes',
  ownerColumn: 'user_id',
  columns: [{ name: 'title', type: 'text' }],
  commands: RLS_COMMANDS,
  pattern: 'owner-only',
  claimSource: 'auth.jwt',
  options: { idempotent: true, grants: true, index: true, wrapInSelect: true },
};

/**
 * Reads the form from a URL hash, one reader per field: a missing or malformed field falls back to
 * its default, so any link — even a garbled one — opens a working playground.
 *
 * @example
 * parseRlsHashState('#provider=auth0&table=x;drop&pattern=public-read');
 * // { provider: 'auth0', table: 'notes' (the default), pattern: 'public-read', … }
 */
export function parseRlsHashState(hash: string): RlsHashState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const d = DEFAULT_RLS_STATE;
  return {
    provider: oneOf(params.get('provider'), PROVIDER_IDS) ?? d.provider,
    table: identifier(params.get('table')) ?? d.table,
    ownerColumn: identifier(params.get('owner')) ?? d.ownerColumn,
    columns: readColumns(params.get('columns')) ?? d.columns,
    commands: readList(params.get('commands'), RLS_COMMANDS) ?? d.commands,
    pattern: oneOf(params.get('pattern'), RLS_PATTERNS) ?? d.pattern,
    claimSource: oneOf(params.get('claims'), CLAIM_SOURCES) ?? d.claimSource,
    options: readOptions(params.get('options')) ?? d.options,
  };
}

/**
 * Writes the form as a URL hash. Options are listed by the ones that are on, so `options=` means all off.
 *
 * @example
 * serializeRlsHashState(DEFAULT_RLS_STATE);
 * // '#provider=clerk&table=notes&owner=user_id&columns=title%3Atext&commands=select%2Cinsert%2Cupdate%2Cdelete&…'
 */
export function serializeRlsHashState(state: RlsHashState): string {
  const params = new URLSearchParams([
    ['provider', state.provider],
    ['table', state.table],
    ['owner', state.ownerColumn],
    ['columns', state.columns.map((c) => `${c.name}:${c.type}`).join(',')],
    ['commands', state.commands.join(',')],
    ['pattern', state.pattern],
    ['claims', state.claimSource],
    ['options', RLS_OPTIONS.filter((option) => state.options[option]).join(',')],
  ]);
  return `#${params.toString()}`;
}

function identifier(value: string | null): string | undefined {
  if (value === null || !IDENTIFIER.test(value) || value.length > MAX_IDENTIFIER_BYTES) return undefined;
  return value;
}

/** `title:text,done:boolean`; one bad entry spoils the list, since a half-read table would surprise. */
function readColumns(value: string | null): ColumnSpec[] | undefined {
  if (value === null) return undefined;
  if (value === '') return [];
  const entries = value.split(',');
  if (entries.length > MAX_COLUMNS) return undefined;
  const columns: ColumnSpec[] = [];
  for (const entry of entries) {
    const [name, type, extra] = entry.split(':');
    const validName = identifier(name ?? null);
    const validType = oneOf(type ?? null, COLUMN_TYPES);
    if (!validName || !validType || extra !== undefined) return undefined;
    columns.push({ name: validName, type: validType });
  }
  return columns;
}

/** A comma-separated subset of `allowed`, in canonical order; empty or unreadable falls back. */
function readList<T extends string>(value: string | null, allowed: readonly T[]): T[] | undefined {
  if (value === null) return undefined;
  const items = value.split(',');
  if (items.some((item) => !oneOf(item, allowed))) return undefined;
  const picked = allowed.filter((item) => items.includes(item));
  return picked.length > 0 ? picked : undefined;
}

function readOptions(value: string | null): Record<RlsOption, boolean> | undefined {
  if (value === null) return undefined;
  const on = value === '' ? [] : value.split(',');
  if (on.some((item) => !oneOf(item, RLS_OPTIONS))) return undefined;
  return Object.fromEntries(RLS_OPTIONS.map((option) => [option, on.includes(option)])) as Record<RlsOption, boolean>;
}
