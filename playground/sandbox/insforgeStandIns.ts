/** The `pg_notify` channel that `realtime.publish()` delivers on; its payload is a `RealtimeNotification` as JSON. */
export const REALTIME_NOTIFY_CHANNEL = 'realtime';

/** What `realtime.publish(channel, event, payload)` sends through `pg_notify`. */
export interface RealtimeNotification {
  readonly channel: string;
  readonly event: string;
  readonly payload: unknown;
}

/** The database roles InsForge switches to; `project_admin` bypasses row-level security. */
export const SANDBOX_ROLES = ['anon', 'authenticated', 'project_admin'] as const;
export type SandboxRole = (typeof SANDBOX_ROLES)[number];

/**
 * What an InsForge database provides before any guide runs, rebuilt for an empty Postgres
 * (facts/auth.md §1.3–1.4, facts/x402.md §5.1): the three roles, the `auth` helpers reading
 * `request.jwt.claims`, InsForge's default grants on `public` (DML for `anon`/`authenticated`, also on
 * tables created later), `pgcrypto`, and a `realtime` schema whose `publish()` records the message
 * and delivers it with `pg_notify`. With these, the guides' SQL runs unmodified. It runs at build time
 * (`buildSandboxSnapshot`): the browser gets pgcrypto's catalog entries, so a guide's
 * `create extension if not exists pgcrypto` succeeds, but not its library, which nothing here calls
 * (`gen_random_uuid()` is core Postgres).
 */
export const INSFORGE_STAND_INS_SQL = `
create role anon nologin;
create role authenticated nologin;
create role project_admin nologin bypassrls;

create extension if not exists pgcrypto;

-- auth: the claims InsForge puts in request.jwt.claims, one helper per question.
create schema auth;
grant usage on schema auth to anon, authenticated, project_admin;

create function auth.jwt() returns jsonb language sql stable as $$
  select nullif(current_setting('request.jwt.claims', true), '')::jsonb
$$;

-- Casts like the real one, so a provider's non-UUID sub raises instead of matching nothing.
create function auth.uid() returns uuid language sql stable as $$
  select nullif(auth.jwt() ->> 'sub', '')::uuid
$$;

create function auth.role() returns text language sql stable as $$
  select auth.jwt() ->> 'role'
$$;

create function auth.email() returns text language sql stable as $$
  select auth.jwt() ->> 'email'
$$;

grant execute on function auth.jwt(), auth.uid(), auth.role(), auth.email() to anon, authenticated, project_admin;

-- InsForge's defaults: RLS, not grants, is what keeps rows apart.
grant usage on schema public to anon, authenticated, project_admin;
alter default privileges in schema public grant select, insert, update, delete on tables to anon, authenticated;
alter default privileges in schema public grant all on tables to project_admin;
alter default privileges in schema public grant usage, select on sequences to anon, authenticated, project_admin;

-- realtime: channels a client may subscribe to, and every message published on them.
create schema realtime;
grant usage on schema realtime to anon, authenticated, project_admin;

create table realtime.channels (
  id uuid primary key default gen_random_uuid(),
  pattern text not null unique,
  description text,
  webhook_urls text[],
  enabled boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table realtime.messages (
  id uuid primary key default gen_random_uuid(),
  event_name text not null,
  channel_id uuid references realtime.channels (id) on delete set null,
  channel_name text not null,
  payload jsonb not null default '{}'::jsonb,
  sender_type text not null default 'system' check (sender_type in ('system', 'user')),
  sender_id uuid,
  created_at timestamptz not null default now()
);

grant select on realtime.channels to anon, authenticated;
grant all on realtime.channels, realtime.messages to project_admin;

-- Channel patterns use LIKE, as in InsForge ('chat:%').
create function realtime.publish(channel_name text, event_name text, payload jsonb) returns void
language sql security definer set search_path = pg_catalog, realtime as $$
  insert into realtime.messages (event_name, channel_id, channel_name, payload)
  select $2, (select c.id from realtime.channels c where c.enabled and $1 like c.pattern limit 1), $1, $3;
  select pg_notify('${REALTIME_NOTIFY_CHANNEL}', json_build_object('channel', $1, 'event', $2, 'payload', $3)::text);
$$;
`;
