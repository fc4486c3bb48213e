import type { ProviderId } from '../catalog/providers.ts';

/** The SQL commands a policy can cover, in the order the generator writes them. */
export const RLS_COMMANDS = ['select', 'insert', 'update', 'delete'] as const;
export type RlsCommand = (typeof RLS_COMMANDS)[number];

/**
 * Who may do what, per pattern (the owner is the user whose id is in the owner column):
 * - `owner-only`: every command is limited to the owner's own rows.
 * - `public-read`: anyone, signed in or anonymous, reads every row; only the owner inserts, updates, deletes.
 * - `authenticated-read`: any signed-in user reads every row; only the owner inserts, updates, deletes.
 * - `insert-only-inbox`: the owner column names the recipient. Any signed-in user may insert a row
 *   addressed to anyone (the column defaults to the sender, so a row without it is a note to self);
 *   only the recipient reads or deletes it; nobody updates it, so a delivered row cannot be edited.
 *   A sender cannot read back what they sent — an `.insert().select()` fails the SELECT policy.
 */
export const RLS_PATTERNS = ['owner-only', 'public-read', 'authenticated-read', 'insert-only-inbox'] as const;
export type RlsPattern = (typeof RLS_PATTERNS)[number];

/**
 * Where `requesting_user_id()` reads the caller's id:
 * `auth.jwt` — InsForge's helper, backend v2.1.0 and later;
 * `current_setting` — the raw `request.jwt.claims` setting, which older backends also have.
 */
export const CLAIM_SOURCES = ['auth.jwt', 'current_setting'] as const;
export type ClaimSource = (typeof CLAIM_SOURCES)[number];

/** Column types a reader may pick for the table's own columns. */
export const COLUMN_TYPES = [
  'text',
  'boolean',
  'integer',
  'bigint',
  'numeric',
  'timestamptz',
  'date',
  'jsonb',
  'uuid',
] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

export interface ColumnSpec {
  readonly name: string;
  readonly type: ColumnType;
}

/** What the RLS playground's form holds; every field but `provider` and `table` has a default. */
export interface RlsConfig {
  /** Whose user ids fill the owner column; only changes the comments' example ids. */
  readonly provider: ProviderId;
  /** Default `public`, the schema InsForge's data API serves. */
  readonly schema?: string;
  readonly table: string;
  /** Default `user_id`: TEXT, filled by `requesting_user_id()` on insert. */
  readonly ownerColumn?: string;
  /** The table's columns besides `id`, the owner column and `created_at`. Default: `title text`. */
  readonly columns?: readonly ColumnSpec[];
  /** Which commands get a policy and a grant. Default: all four. */
  readonly commands?: readonly RlsCommand[];
  /** Default `owner-only`. */
  readonly pattern?: RlsPattern;
  /** Default `auth.jwt`. */
  readonly claimSource?: ClaimSource;
  /** `create or replace`, `if not exists` and `drop policy if exists`, so the script can be re-run. Default true. */
  readonly idempotent?: boolean;
  /** Explicit `grant` statements (InsForge already grants DML on `public`; these document it). Default true. */
  readonly grants?: boolean;
  /** An index on the owner column, which every owner policy filters on. Default true. */
  readonly index?: boolean;
  /** `(select public.requesting_user_id())`, evaluated once per query instead of once per row. Default true. */
  readonly wrapInSelect?: boolean;
}
