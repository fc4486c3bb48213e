import type { PolicyMatrix, PolicyMatrixInput } from './runPolicyMatrix.ts';
import type { SandboxEngine, SqlResult } from './sandboxEngine.ts';
import { SandboxError } from './sandboxErrors.ts';

/** Runs SQL; every Postgres error comes out as a `SandboxError` with code `sql_error`. */
export interface SandboxSession {
  /** One statement, with `$1…` parameters. */
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<SqlResult<Row>>;
  /** Any number of statements, no parameters; one result per statement. */
  exec(sql: string): Promise<SqlResult[]>;
}

/** A session inside a transaction that can be abandoned instead of committed. */
export interface SandboxTransaction extends SandboxSession {
  rollback(): Promise<void>;
}

export interface Sandbox extends SandboxSession {
  /** Runs `fn` in a transaction as the sandbox's superuser; commits unless `fn` throws or rolls back. */
  transaction<T>(fn: (tx: SandboxTransaction) => Promise<T>): Promise<T>;
  /**
   * `runPolicyMatrix(input)` beside Postgres: in a Worker its ≈ 90 statements cost one message, not one
   * each, and it counts as one call under the time limit.
   */
  policyMatrix(input: PolicyMatrixInput): Promise<PolicyMatrix>;
  /** Calls `onPayload` for every `pg_notify` on `channel` (a lower-case name); resolves to an unsubscribe function. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  /** Ends the sandbox at once, even mid-statement: what is pending rejects with `sandbox_stopped`. */
  stop(): void;
  /** Ends the sandbox and its Worker; never rejects, so an unmount can leave it unawaited. */
  close(): Promise<void>;
}

/** What a reader's Stop makes every pending call reject with. */
export function stoppedError(): SandboxError {
  return new SandboxError('sandbox_stopped', 'The reader stopped the sandbox');
}

/** `LISTEN` takes no parameter and PGlite splices the name in as is, so only plain lower-case names pass. */
const CHANNEL_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * A `Sandbox` over a running engine: one call at a time, transactions, Stop through `signal`, and each
 * call ended (the engine killed) once it outlives `timeLimitMs`. `null` sets no limit of its own, for
 * code that runs beside Postgres in the Worker while the page keeps the limit.
 *
 * @example
 * const sandbox = wrapEngine(engine, SANDBOX_TIME_LIMIT_MS, controller.signal);
 */
export function wrapEngine(engine: SandboxEngine, timeLimitMs: number | null, signal?: AbortSignal): Sandbox {
  let ended: SandboxError | null = null;
  const halted = Promise.withResolvers<never>();
  halted.promise.catch(() => {});
  /** Every engine call races this, so a stopped sandbox never leaves a caller waiting. */
  const call = <T>(work: Promise<T>) => Promise.race([work, halted.promise]);
  const halt = (error: SandboxError) => {
    if (ended) return;
    ended = error;
    engine.kill();
    halted.reject(error);
  };
  const stop = () => halt(stoppedError());
  signal?.addEventListener('abort', stop, { once: true });
  if (signal?.aborted) stop();

  const open = () => {
    if (ended) throw ended.code === 'closed' ? ended : new SandboxError('closed', 'The sandbox has been stopped');
  };
  /** One call at a time (a transaction holds the turn), each under the time limit from when it starts. */
  let turn: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    open();
    const run = turn.then(async () => {
      // Queued behind a call that was stopped: it fails the same way.
      if (ended) throw ended;
      const timer =
        timeLimitMs === null
          ? undefined
          : setTimeout(
              () =>
                halt(
                  new SandboxError('sandbox_timed_out', `A statement ran longer than ${timeLimitMs} ms`, {
                    seconds: timeLimitMs / 1000,
                  }),
                ),
              timeLimitMs,
            );
      try {
        return await call(work());
      } finally {
        clearTimeout(timer);
      }
    });
    turn = run.catch(() => {});
    return run;
  };

  const session: SandboxSession = {
    query: <Row>(sql: string, params?: unknown[]) => call(engine.query(sql, params)) as Promise<SqlResult<Row>>,
    exec: (sql) => call(engine.exec(sql)),
  };
  return {
    query: (sql, params) => exclusive(() => session.query(sql, params)),
    exec: (sql) => exclusive(() => session.exec(sql)),
    transaction: (fn) => exclusive(() => inTransaction(session, fn)),
    policyMatrix: (input) => exclusive(() => call(engine.policyMatrix(input))),
    listen: (channel, onPayload) => {
      if (!CHANNEL_NAME.test(channel)) {
        return Promise.reject(
          new SandboxError('invalid_channel', `${channel} is not a plain lower-case channel name`, { channel }),
        );
      }
      return exclusive(async () => {
        const unlisten = await engine.listen(channel, onPayload);
        return async () => {
          if (!ended) await call(unlisten());
        };
      });
    },
    stop,
    close: async () => {
      if (!ended) halt(new SandboxError('closed', 'The sandbox has been closed'));
    },
  };
}

/** BEGIN … COMMIT around `fn`, as PGlite's own `transaction` does; ROLLBACK when `fn` throws or asks. */
async function inTransaction<T>(session: SandboxSession, fn: (tx: SandboxTransaction) => Promise<T>): Promise<T> {
  await session.exec('begin');
  let finished = false;
  const tx: SandboxTransaction = {
    ...session,
    rollback: async () => {
      finished = true;
      await session.exec('rollback');
    },
  };
  try {
    const value = await fn(tx);
    if (!finished) {
      finished = true;
      const [commit] = await session.exec('commit');
      // COMMIT of a transaction a failed statement aborted answers ROLLBACK: nothing was kept.
      if (commit?.command === 'ROLLBACK') {
        throw new SandboxError('sql_error', 'The transaction was rolled back: a statement in it failed', {
          sqlState: '25P02',
        });
      }
    }
    return value;
  } catch (error) {
    if (!finished) await session.exec('rollback').catch(() => {});
    throw error;
  }
}
