import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createSandbox, type Sandbox, type SandboxStage } from './createSandbox.ts';
import type { PolicyMatrix } from './runPolicyMatrix.ts';
import type { SandboxEngine, SqlResult } from './sandboxEngine.ts';
import { SandboxError } from './sandboxErrors.ts';

let sandbox: Sandbox;
const stages: SandboxStage[] = [];

beforeAll(async () => {
  sandbox = await createSandbox({ onProgress: (stage) => stages.push(stage) });
});
afterAll(() => sandbox.close());

test('default: a boot reports every stage, in order', () => {
  expect(stages).toEqual(['downloading', 'starting', 'ready']);
});

test('behavior: the sandbox starts from the snapshot, stand-ins installed, no template databases', async () => {
  const { rows } = await sandbox.query(`select array_agg(datname::text) as databases from pg_database`);
  expect(rows).toEqual([{ databases: ['postgres'] }]);
});

test('behavior: full-text search works with the default configuration, needing no stemmer library', async () => {
  const { rows } = await sandbox.query(`select to_tsvector('Row level security') @@ to_tsquery('security') as found`);
  expect(rows).toEqual([{ found: true }]);
});

test('behavior: a later sandbox starts from the installed snapshot, empty of what earlier ones created', async () => {
  await sandbox.exec('create table public.leftover (id int)');
  const later: SandboxStage[] = [];
  const fresh = await createSandbox({ onProgress: (stage) => later.push(stage) });
  try {
    expect(later).toEqual(['downloading', 'starting', 'ready']);
    const { rows } = await fresh.query(
      `select to_regclass('public.leftover') as leftover, to_regprocedure('auth.jwt()') is not null as stand_ins`,
    );
    expect(rows).toEqual([{ leftover: null, stand_ins: true }]);
  } finally {
    await fresh.close();
  }
});

test('behavior: exec returns one result per statement, with its own row count', async () => {
  const results = await sandbox.exec(
    'create temp table t (n int); insert into t values (1), (2); update t set n = n where n = 1; select * from t',
  );
  expect(results.map((r) => [r.command, r.rowCount])).toEqual([
    ['CREATE', 0],
    ['INSERT', 2],
    ['UPDATE', 1],
    ['SELECT', 2],
  ]);
});

test('behavior: query takes parameters, never splicing them into SQL', async () => {
  const { rows } = await sandbox.query('select $1::text as v', ["x'; drop table y; --"]);
  expect(rows).toEqual([{ v: "x'; drop table y; --" }]);
});

test('behavior: transaction commits, and rollback abandons', async () => {
  await sandbox.exec('create table public.tx_probe (n int)');
  await sandbox.transaction((tx) => tx.query('insert into public.tx_probe values (1)'));
  await sandbox.transaction(async (tx) => {
    await tx.query('insert into public.tx_probe values (2)');
    await tx.rollback();
  });
  await expect(
    sandbox.transaction(async (tx) => {
      await tx.query('insert into public.tx_probe values (3)');
      throw new Error('abandon');
    }),
  ).rejects.toThrow('abandon');
  expect((await sandbox.query('select n from public.tx_probe')).rows).toEqual([{ n: 1 }]);
});

describe('errors', () => {
  test('error: a Postgres error keeps its SQLSTATE and where it points, as line and character', async () => {
    const error = await sandbox.exec('select 1;\nselect nope from pg_class').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SandboxError);
    expect(error).toMatchObject({
      code: 'sql_error',
      message: 'column "nope" does not exist',
      details: { sqlState: '42703', position: 18, line: 2, character: 8 },
    });
  });

  test('error: a constraint violation names the table and constraint', async () => {
    await sandbox.exec(
      'create table public.uniq (v text constraint uniq_v unique); insert into public.uniq values ($$a$$)',
    );
    await expect(sandbox.query(`insert into public.uniq values ('a')`)).rejects.toMatchObject({
      code: 'sql_error',
      details: { sqlState: '23505', table: 'uniq', constraint: 'uniq_v' },
    });
  });

  test.each([
    // LISTEN splices the name in, so anything but a plain name is refused before it reaches SQL.
    ['realtime; drop table x'],
    ['Realtime'],
    [''],
  ])('error: listen refuses the channel %j', async (channel) => {
    await expect(sandbox.listen(channel, () => {})).rejects.toMatchObject({ code: 'invalid_channel' });
  });

  test('error: a closed sandbox refuses work', async () => {
    const closing = await createSandbox();
    await closing.close();
    expect(() => closing.query('select 1')).toThrow(expect.objectContaining({ code: 'closed' }));
    await closing.close();
  });
});

/** An engine whose statements run until killed (as `pg_sleep(1e6)` would in a Worker), except `select 1`. */
function endlessEngine(): SandboxEngine & { killed: boolean } {
  const answer: SqlResult = { command: 'SELECT', rowCount: 1, rows: [{ n: 1 }], fields: [] };
  const engine = {
    killed: false,
    query: (sql: string) => (sql === 'select 1' ? Promise.resolve(answer) : new Promise<SqlResult>(() => {})),
    exec: (sql: string) => (sql === 'select 1' ? Promise.resolve([answer]) : new Promise<SqlResult[]>(() => {})),
    policyMatrix: () => new Promise<PolicyMatrix>(() => {}),
    listen: () => Promise.resolve(async () => {}),
    kill: () => {
      engine.killed = true;
    },
  };
  return engine;
}

describe('stop and the time limit', () => {
  test('error: a statement past the time limit ends the engine and rejects with sandbox_timed_out', async () => {
    const engine = endlessEngine();
    const limited = await createSandbox({ startEngine: async () => engine, timeLimitMs: 50 });
    await expect(limited.exec('select pg_sleep(1e6)')).rejects.toMatchObject({
      code: 'sandbox_timed_out',
      details: { seconds: 0.05 },
    });
    expect(engine.killed).toBe(true);
    expect(() => limited.query('select 1')).toThrow(expect.objectContaining({ code: 'closed' }));
  });

  test('error: a policy matrix is one call under the time limit, as any statement', async () => {
    const engine = endlessEngine();
    const limited = await createSandbox({ startEngine: async () => engine, timeLimitMs: 50 });
    const input = { table: 't', users: { a: { sub: 'a' }, b: { sub: 'b' } }, rows: { a: { x: 1 }, b: { x: 2 } } };
    await expect(limited.policyMatrix(input)).rejects.toMatchObject({ code: 'sandbox_timed_out' });
    expect(engine.killed).toBe(true);
  });

  test('behavior: calls that finish in time leave the sandbox running', async () => {
    const engine = endlessEngine();
    const limited = await createSandbox({ startEngine: async () => engine, timeLimitMs: 50 });
    for (let i = 0; i < 3; i++) await limited.query('select 1');
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect((await limited.query('select 1')).rows).toEqual([{ n: 1 }]);
    expect(engine.killed).toBe(false);
  });

  test('error: aborting the signal stops a running statement, and what waits behind it, with sandbox_stopped', async () => {
    const engine = endlessEngine();
    const controller = new AbortController();
    const stoppable = await createSandbox({ startEngine: async () => engine, signal: controller.signal });
    const running = stoppable.exec('select pg_sleep(1e6)');
    const queued = stoppable.query('select 1');
    controller.abort();
    await expect(running).rejects.toMatchObject({ code: 'sandbox_stopped' });
    await expect(queued).rejects.toMatchObject({ code: 'sandbox_stopped' });
    expect(engine.killed).toBe(true);
  });

  test('error: stop() inside a transaction rejects it with sandbox_stopped', async () => {
    const stoppable = await createSandbox({ startEngine: async () => endlessEngine() });
    const pending = stoppable.transaction((tx) => tx.exec('select pg_sleep(1e6)'));
    stoppable.stop();
    await expect(pending).rejects.toMatchObject({ code: 'sandbox_stopped' });
  });

  test('error: aborting during the boot rejects with sandbox_stopped and ends the engine once it is up', async () => {
    const engine = endlessEngine();
    const up = Promise.withResolvers<SandboxEngine>();
    const controller = new AbortController();
    const starting = createSandbox({ startEngine: () => up.promise, signal: controller.signal });
    controller.abort();
    await expect(starting).rejects.toMatchObject({ code: 'sandbox_stopped' });
    up.resolve(engine);
    await Promise.resolve();
    expect(engine.killed).toBe(true);
  });

  test('error: a failed boot is boot_failed, naming the stage it failed in', async () => {
    const failing = createSandbox({
      startEngine: async (report) => {
        report('starting');
        throw new Error('no WebAssembly here');
      },
    });
    await expect(failing).rejects.toMatchObject({ code: 'boot_failed', details: { stage: 'starting' } });
  });
});
