/** One block of the guide's ledger SQL. */
export interface LedgerSqlBlock {
  /** The code block's `title` in the guide. */
  readonly title: string;
  readonly sql: string;
}

/**
 * The ledger the OKX x402 guide creates (`/payments/okx-x402/`, section "Create the payment ledger"), block for
 * block: `x402_payments` with `UNIQUE tx_hash`, row-level security with a public read policy, and the trigger that
 * announces each row through `realtime.publish()`. The playground installs exactly this SQL in its sandbox, and
 * `ledgerSchema.test.ts` fails if the guide (in either language) and this file drift apart.
 */
export const X402_LEDGER_SQL_BLOCKS: readonly LedgerSqlBlock[] = [
  {
    title: 'ledger.sql',
    sql: `create table if not exists public.x402_payments (
  id uuid primary key default gen_random_uuid(),
  payer_address text not null,
  endpoint text not null,
  -- Atomic units as text, 6 decimals: '1' is 0.000001 USDG.
  amount text not null check (amount ~ '^[0-9]+$'),
  -- One row per transfer: recording the same settlement twice fails instead of counting it twice.
  tx_hash text not null unique,
  chain text default 'xlayer',
  status text default 'settled',
  response_summary text,
  created_at timestamptz default now()
);

create index if not exists idx_x402_payments_payer on public.x402_payments (payer_address);
create index if not exists idx_x402_payments_created on public.x402_payments (created_at desc);`,
  },
  {
    title: 'ledger_rls.sql',
    sql: `alter table public.x402_payments enable row level security;

-- Anyone may read the ledger; no policy lets anyone write through RLS.
drop policy if exists public_read on public.x402_payments;
create policy public_read on public.x402_payments for select using (true);`,
  },
  {
    title: 'ledger_realtime.sql',
    sql: `insert into realtime.channels (pattern, description, enabled)
values ('x402_payments', 'Payment events for dashboard', true)
on conflict do nothing;

create or replace function public.notify_x402_payment()
returns trigger
language plpgsql
security definer
set search_path = pg_catalog, public, realtime
as $$
begin
  perform realtime.publish('x402_payments', 'INSERT_x402_payments', jsonb_build_object('new', row_to_json(new)));
  return new;
end;
$$;

drop trigger if exists x402_payment_realtime on public.x402_payments;
create trigger x402_payment_realtime
  after insert on public.x402_payments
  for each row execute function public.notify_x402_payment();`,
  },
];

/** The whole ledger schema, in the guide's order, ready for `sandbox.exec`. */
export const X402_LEDGER_SQL = X402_LEDGER_SQL_BLOCKS.map((block) => block.sql).join('\n\n');
