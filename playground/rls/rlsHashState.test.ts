import { describe, expect, test } from 'vitest';
import { PROVIDER_IDS } from '../catalog/providers.ts';
import { DEFAULT_RLS_STATE, parseRlsHashState, type RlsHashState, serializeRlsHashState } from './rlsHashState.ts';

const SHARED: RlsHashState = {
  provider: 'kinde',
  table: 'Inbox',
  ownerColumn: 'recipient',
  columns: [
    { name: 'body', type: 'text' },
    { name: 'meta', type: 'jsonb' },
  ],
  commands: ['select', 'insert', 'delete'],
  pattern: 'insert-only-inbox',
  claimSource: 'current_setting',
  options: { idempotent: false, grants: true, index: false, wrapInSelect: true },
};

test('default: an empty hash opens a Clerk notes table private to its owner', () => {
  expect(parseRlsHashState('')).toEqual(DEFAULT_RLS_STATE);
});

test('default: the documented hash shape', () => {
  expect(decodeURIComponent(serializeRlsHashState(SHARED))).toBe(
    '#provider=kinde&table=Inbox&owner=recipient&columns=body:text,meta:jsonb&commands=select,insert,delete' +
      '&pattern=insert-only-inbox&claims=current_setting&options=grants,wrapInSelect',
  );
});

test.each(PROVIDER_IDS)('behavior: a %s form survives a round trip through the URL', (provider) => {
  const state = { ...SHARED, provider };
  expect(parseRlsHashState(serializeRlsHashState(state))).toEqual(state);
});

test.each([
  // Every switch off is a state of its own, not "missing".
  ['all options off', { options: { idempotent: false, grants: false, index: false, wrapInSelect: false } }],
  // A table with only id, owner and created_at.
  ['no extra columns', { columns: [] }],
])('behavior: %s is kept', (_, change) => {
  const state = { ...SHARED, ...change };
  expect(parseRlsHashState(serializeRlsHashState(state))).toEqual(state);
});

test('behavior: commands come back in canonical order without duplicates', () => {
  expect(parseRlsHashState('#commands=delete,select,delete').commands).toEqual(['select', 'delete']);
});

describe('garbage falls back to defaults, field by field', () => {
  test.each([
    ['provider=okta', { provider: 'clerk' }],
    // A hostile name never comes back from a link; the field shows the default instead.
    ['table=x%3B%20drop%20table%20y', { table: 'notes' }],
    ['table=', { table: 'notes' }],
    ['table=1abc', { table: 'notes' }],
    [`table=${'a'.repeat(64)}`, { table: 'notes' }],
    ['owner=a%22b', { ownerColumn: 'user_id' }],
    ['columns=title:varchar', { columns: [{ name: 'title', type: 'text' }] }],
    ['columns=title', { columns: [{ name: 'title', type: 'text' }] }],
    ['columns=title:text:extra', { columns: [{ name: 'title', type: 'text' }] }],
    ['columns=a%20b:text,done:boolean', { columns: [{ name: 'title', type: 'text' }] }],
    [
      `columns=${Array.from({ length: 9 }, (_, i) => `c${i}:text`).join(',')}`,
      { columns: [{ name: 'title', type: 'text' }] },
    ],
    ['commands=', { commands: ['select', 'insert', 'update', 'delete'] }],
    ['commands=select,truncate', { commands: ['select', 'insert', 'update', 'delete'] }],
    ['pattern=everyone', { pattern: 'owner-only' }],
    ['claims=header', { claimSource: 'auth.jwt' }],
    ['options=idempotent,sudo', { options: DEFAULT_RLS_STATE.options }],
    ['%E0%A4%A', {}],
  ])('#%s', (hash, expected) => {
    expect(parseRlsHashState(`#${hash}`)).toEqual({ ...DEFAULT_RLS_STATE, ...expected });
  });
});
