import { describe, expect, test } from 'vitest';
import { buildRecordsSql, type RecordsRequest } from './buildRecordsSql.ts';

const request = (overrides: Partial<RecordsRequest> & { query?: string }): RecordsRequest => ({
  method: 'GET',
  schema: 'public',
  table: 'todos',
  prefer: [],
  search: new URLSearchParams(overrides.query ?? ''),
  ...overrides,
});

describe('reads', () => {
  test('default: select * with no filters', () => {
    expect(buildRecordsSql(request({}))).toMatchInlineSnapshot(`
      {
        "params": [],
        "returnsBody": true,
        "sql": "select coalesce(json_agg(_row), '[]'::json)::text as body from (select * from "public"."todos") _row",
      }
    `);
  });

  test('behavior: columns, filters, order and paging become one parameterised query', () => {
    const built = buildRecordsSql(
      request({
        query:
          'select=id,label:title&priority=gte.2&done=is.false&title=in.(a,"b,c",d)&order=priority.desc.nullslast,id&limit=10&offset=5',
      }),
    );
    expect(built).toMatchInlineSnapshot(`
      {
        "params": [
          "2",
          "a",
          "b,c",
          "d",
        ],
        "returnsBody": true,
        "sql": "select coalesce(json_agg(_row), '[]'::json)::text as body from (select "id", "title" as "label" from "public"."todos" where "priority" >= $1 and "done" is false and "title" in ($2, $3, $4) order by "priority" desc nulls last, "id" limit 10 offset 5) _row",
      }
    `);
  });

  test('behavior: not. negates, and like takes * as %', () => {
    const built = buildRecordsSql(request({ query: 'title=not.like.*milk*&priority=in.()' }));
    expect(built.sql).toContain(`where not ("title" like $1) and false`);
    expect(built.params).toEqual(['%milk%']);
  });
});

describe('writes', () => {
  test('behavior: a bulk insert with columns, missing values null, returning the representation', () => {
    const built = buildRecordsSql(
      request({
        method: 'POST',
        query: 'columns="title","priority"&select=*',
        body: [{ title: 'a', priority: 1 }, { title: 'b' }],
        prefer: ['return=representation'],
      }),
    );
    expect(built).toMatchInlineSnapshot(`
      {
        "params": [
          "a",
          "1",
          "b",
        ],
        "returnsBody": true,
        "sql": "with _written as (insert into "public"."todos" ("title", "priority") values ($1, $2), ($3, null) returning *) select coalesce(json_agg(_written), '[]'::json)::text as body from _written",
      }
    `);
  });

  test('behavior: missing=default keeps column defaults', () => {
    const built = buildRecordsSql(
      request({ method: 'POST', body: [{ title: 'a' }, { title: 'b', done: true }], prefer: ['missing=default'] }),
    );
    expect(built.sql).toBe(`insert into "public"."todos" ("title", "done") values ($1, default), ($2, $3)`);
    expect(built.params).toEqual(['a', 'b', 'true']);
  });

  test('behavior: update and delete are filtered, and JSON values are sent as text', () => {
    const update = buildRecordsSql(
      request({ method: 'PATCH', query: 'id=eq.7', body: { meta: { a: 1 }, done: null } }),
    );
    expect(update).toEqual({
      // Filters are bound first, so their parameters come first.
      sql: `update "public"."todos" set "meta" = $2, "done" = $3 where "id" = $1`,
      params: ['7', '{"a":1}', null],
      returnsBody: false,
    });
    const remove = buildRecordsSql(request({ method: 'DELETE', query: 'id=eq.7', prefer: ['return=representation'] }));
    expect(remove.sql).toBe(
      `with _written as (delete from "public"."todos" where "id" = $1 returning *) select coalesce(json_agg(_written), '[]'::json)::text as body from _written`,
    );
  });
});

describe('names and values never become SQL', () => {
  test.each([
    ['table', request({ table: 'todos"; drop table x; --' }), '"public"."todos""; drop table x; --"'],
    ['schema', request({ schema: 'a"b' }), '"a""b"."todos"'],
    ['filter column', request({ query: 'a"b=eq.1' }), 'where "a""b" = $1'],
    ['select column', request({ query: 'select=x"y' }), 'select "x""y" from'],
  ])('behavior: a hostile %s is quoted', (_, built, fragment) => {
    expect(buildRecordsSql(built).sql).toContain(fragment);
  });

  test('behavior: a hostile value is a parameter', () => {
    const built = buildRecordsSql(request({ query: `title=eq.x' or 1=1; --` }));
    expect(built.sql).not.toContain('or 1=1');
    expect(built.params).toEqual([`x' or 1=1; --`]);
  });

  test.each([
    ['select', 'select=author(name)'],
    ['select', 'select=id::text'],
    ['or', 'or=(a.eq.1,b.eq.2)'],
    ['on_conflict', 'on_conflict=id'],
    ['title', 'title=fts.milk'],
    ['title', 'title=is.maybe'],
    ['title', 'title=in.1,2'],
    ['order', 'order=title.sideways'],
    ['limit', 'limit=-1'],
    ['limit', 'limit=1;drop'],
    ['table', ''],
  ])('error: %s in %j is a bad_query', (param, query) => {
    const built = request({ query, ...(param === 'table' ? { table: '' } : {}) });
    expect(() => buildRecordsSql(built)).toThrow(expect.objectContaining({ code: 'bad_query', details: { param } }));
  });

  test.each([
    ['order on a write', request({ method: 'DELETE', query: 'order=id' }), 'order'],
    ['a body that is not an object', request({ method: 'POST', body: ['a'] }), 'body'],
    ['an empty update', request({ method: 'PATCH', body: {} }), 'body'],
  ])('error: %s', (_, built, param) => {
    expect(() => buildRecordsSql(built)).toThrow(expect.objectContaining({ code: 'bad_query', details: { param } }));
  });
});
