import { quoteName } from './quoteName.ts';
import { SandboxError } from './sandboxErrors.ts';

/** A request to `/api/database/records/<table>`, as the fetch handler read it. */
export interface RecordsRequest {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** From `Accept-Profile` / `Content-Profile`; `public` by default. */
  readonly schema: string;
  readonly table: string;
  readonly search: URLSearchParams;
  /** The parsed JSON body of a POST or PATCH. */
  readonly body?: unknown;
  /** The `Prefer` header's tokens: `return=representation`, `missing=default`. */
  readonly prefer: readonly string[];
}

/** One statement, every value a `$n` parameter sent as text; `body` is the JSON to answer with, when there is one. */
export interface RecordsSql {
  readonly sql: string;
  readonly params: (string | null)[];
  /** True when the statement yields one row with a `body` column holding the JSON array of rows. */
  readonly returnsBody: boolean;
}

/** The operators of PostgREST's horizontal filtering that the SDK's query builder emits. */
const COMPARISONS: Readonly<Record<string, string>> = {
  eq: '=',
  neq: '<>',
  gt: '>',
  gte: '>=',
  lt: '<',
  lte: '<=',
  like: 'like',
  ilike: 'ilike',
};
const IS_VALUES: Readonly<Record<string, string>> = { null: 'null', true: 'true', false: 'false', unknown: 'unknown' };
/** Query parameters that are not filters. */
const RESERVED = new Set(['select', 'order', 'limit', 'offset', 'columns', 'on_conflict', 'or', 'and', 'not']);

/**
 * Turns a PostgREST-style records request — what `@insforge/sdk`'s database client sends — into one
 * SQL statement. Names are double-quoted (`quoteName`) and every value is a `$n` parameter, so nothing
 * a URL or body holds is ever spliced into SQL. Rows come back as PostgREST formats them, built by
 * Postgres itself with `json_agg`. Supports `select` (columns, `alias:column`, `*`), the filters
 * `eq/neq/gt/gte/lt/lte/like/ilike/in/is` (and `not.`), `order`, `limit`, `offset`, `columns`, and
 * `Prefer: return=representation` / `missing=default`; anything else is refused, never ignored.
 *
 * @throws {SandboxError} `bad_query` with `details.param` naming the part it cannot read.
 * @example
 * buildRecordsSql({ method: 'GET', schema: 'public', table: 'todos', prefer: [],
 *   search: new URLSearchParams('select=id,title&user_id=eq.user_2xPnG8KxVQr&order=created_at.desc&limit=5') });
 * // { sql: 'select coalesce(json_agg(_row), …) from (select "id", "title" from "public"."todos" where "user_id" = $1 …',
 * //   params: ['user_2xPnG8KxVQr'], returnsBody: true }
 */
export function buildRecordsSql(request: RecordsRequest): RecordsSql {
  const params: (string | null)[] = [];
  const bind = (value: string | null) => {
    params.push(value);
    return `$${params.length}`;
  };
  const table = `${quoteName(request.schema, 'schema')}.${quoteName(request.table, 'table')}`;
  const columns = selectList(request.search.get('select'));
  for (const param of ['on_conflict', 'or', 'and', 'not']) {
    if (request.search.has(param)) unsupported(param, `${param} is not supported by the sandbox`);
  }
  const where = filters(request.search, bind);
  const representation = request.prefer.includes('return=representation');

  if (request.method === 'GET') {
    const tail = [where, orderBy(request.search.get('order')), paging(request.search)].filter(Boolean).join(' ');
    return { sql: asBody(`select ${columns} from ${table}${tail ? ` ${tail}` : ''}`), params, returnsBody: true };
  }
  for (const param of ['order', 'limit', 'offset']) {
    if (request.search.has(param)) unsupported(param, `${param} only applies to reads in the sandbox`);
  }
  const returning = representation ? ` returning ${columns}` : '';
  const written = (statement: string) =>
    representation
      ? { sql: `with _written as (${statement}) ${aggregate('_written')}`, params, returnsBody: true }
      : { sql: statement, params, returnsBody: false };

  if (request.method === 'POST') {
    const rows = Array.isArray(request.body) ? request.body : [request.body];
    if (!rows.every(isRecord)) unsupported('body', 'The body must be a JSON object or an array of objects');
    const names = columnsParam(request.search.get('columns')) ?? [...new Set(rows.flatMap((row) => Object.keys(row)))];
    if (rows.length === 0 || names.length === 0) {
      // Nothing to insert; PostgREST answers an empty array.
      return { sql: representation ? `select '[]' as body` : 'select 1', params, returnsBody: representation };
    }
    const missing = request.prefer.includes('missing=default') ? 'default' : 'null';
    const values = rows
      .map((row) => `(${names.map((name) => (name in row ? bind(toText(row[name])) : missing)).join(', ')})`)
      .join(', ');
    const target = names.map((name) => quoteName(name, 'columns')).join(', ');
    return written(`insert into ${table} (${target}) values ${values}${returning}`);
  }
  if (request.method === 'PATCH') {
    if (!isRecord(request.body) || Object.keys(request.body).length === 0) {
      unsupported('body', 'An update needs a JSON object with at least one column');
    }
    const body = request.body;
    const set = Object.keys(body)
      .map((name) => `${quoteName(name, 'body')} = ${bind(toText(body[name]))}`)
      .join(', ');
    return written(`update ${table} set ${set}${where ? ` ${where}` : ''}${returning}`);
  }
  return written(`delete from ${table}${where ? ` ${where}` : ''}${returning}`);
}

function unsupported(param: string, message: string): never {
  throw new SandboxError('bad_query', message, { param });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Postgres reads every parameter as text into the column's own type, as PostgREST's JSON does. */
function toText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function aggregate(relation: string): string {
  return `select coalesce(json_agg(${relation}), '[]'::json)::text as body from ${relation}`;
}

function asBody(query: string): string {
  return `select coalesce(json_agg(_row), '[]'::json)::text as body from (${query}) _row`;
}

function selectList(select: string | null): string {
  if (select === null || select === '*') return '*';
  return select
    .split(',')
    .map((item) => {
      if (item === '*') return '*';
      if (/[()]|::|->/.test(item)) unsupported('select', `Embedding, casts and JSON paths are not supported: ${item}`);
      const [alias, name] = item.includes(':') ? item.split(':', 2) : [undefined, item];
      const column = quoteName(name ?? '', 'select');
      return alias ? `${column} as ${quoteName(alias, 'select')}` : column;
    })
    .join(', ');
}

/** `"a","b"` (what the SDK sends) or `a,b`. */
function columnsParam(columns: string | null): string[] | null {
  if (columns === null) return null;
  return columns.split(',').map((name) => name.replace(/^"(.*)"$/, '$1'));
}

function filters(search: URLSearchParams, bind: (value: string) => string): string {
  const conditions: string[] = [];
  for (const [key, raw] of search) {
    if (RESERVED.has(key)) continue;
    const column = quoteName(key, key);
    const negated = raw.startsWith('not.');
    const filter = negated ? raw.slice(4) : raw;
    const dot = filter.indexOf('.');
    const operator = dot < 0 ? filter : filter.slice(0, dot);
    const value = dot < 0 ? '' : filter.slice(dot + 1);
    let condition: string;
    if (operator in COMPARISONS) {
      const operand = operator === 'like' || operator === 'ilike' ? value.replaceAll('*', '%') : value;
      condition = `${column} ${COMPARISONS[operator]} ${bind(operand)}`;
    } else if (operator === 'is') {
      const is =
        IS_VALUES[value.toLowerCase()] ?? unsupported(key, `is.${value}: expected null, true, false or unknown`);
      condition = `${column} is ${is}`;
    } else if (operator === 'in') {
      const list = inList(value) ?? unsupported(key, `in.${value}: expected a list in parentheses`);
      condition = list.length === 0 ? 'false' : `${column} in (${list.map(bind).join(', ')})`;
    } else {
      unsupported(key, `Unsupported filter operator "${operator}"`);
    }
    conditions.push(negated ? `not (${condition})` : condition);
  }
  return conditions.length > 0 ? `where ${conditions.join(' and ')}` : '';
}

/** `(a,b,"c,d")` → `['a', 'b', 'c,d']`; double-quoted items may hold commas, parentheses and `\"`. */
function inList(value: string): string[] | null {
  const inner = /^\((.*)\)$/s.exec(value)?.[1];
  if (inner === undefined) return null;
  if (inner === '') return [];
  const items: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < inner.length; i++) {
    const char = inner[i];
    if (quoted && char === '\\') current += inner[++i] ?? '';
    else if (char === '"') quoted = !quoted;
    else if (char === ',' && !quoted) {
      items.push(current);
      current = '';
    } else current += char;
  }
  items.push(current);
  return items;
}

function orderBy(order: string | null): string {
  if (!order) return '';
  const terms = order.split(',').map((term) => {
    const [name = '', ...modifiers] = term.split('.');
    const parts = [quoteName(name, 'order')];
    for (const modifier of modifiers) {
      if (modifier === 'asc' || modifier === 'desc') parts.push(modifier);
      else if (modifier === 'nullsfirst' || modifier === 'nullslast') parts.push(`nulls ${modifier.slice(5)}`);
      else unsupported('order', `Unknown order modifier "${modifier}"`);
    }
    return parts.join(' ');
  });
  return `order by ${terms.join(', ')}`;
}

function paging(search: URLSearchParams): string {
  const parts: string[] = [];
  for (const param of ['limit', 'offset'] as const) {
    const value = search.get(param);
    if (value === null) continue;
    if (!/^\d{1,9}$/.test(value)) unsupported(param, `${param} must be a whole number`);
    // A validated integer: safe to write as is.
    parts.push(`${param} ${Number(value)}`);
  }
  return parts.join(' ');
}
