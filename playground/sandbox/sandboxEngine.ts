import type { PolicyMatrix, PolicyMatrixInput } from './runPolicyMatrix.ts';

/** Boot stages, reported in this order; the islands show one progress label per stage. */
export type SandboxStage = 'downloading' | 'starting' | 'ready';

/** One statement's outcome. `rowCount` is what Postgres' command tag says (`UPDATE 0` → 0). */
export interface SqlResult<Row = Record<string, unknown>> {
  readonly command: string;
  readonly rowCount: number;
  readonly rows: Row[];
  readonly fields: readonly { readonly name: string; readonly dataTypeID: number }[];
}

/**
 * Where Postgres runs: PGlite in this thread (Node) or in a Web Worker (browser). One connection, no
 * locking: `createSandbox` serialises calls and adds transactions, the time limit and Stop on top.
 */
export interface SandboxEngine {
  /** One statement with `$1…` parameters; Postgres errors reject as `SandboxError('sql_error')`. */
  query(sql: string, params?: unknown[]): Promise<SqlResult>;
  /** Any number of statements, no parameters; one result per statement. */
  exec(sql: string): Promise<SqlResult[]>;
  /** Runs `runPolicyMatrix` where Postgres runs, so its statements never cross to the page one by one. */
  policyMatrix(input: PolicyMatrixInput): Promise<PolicyMatrix>;
  /** Resolves once `LISTEN channel` ran; `onPayload` then gets every `pg_notify` payload on it. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  /**
   * Ends the engine at once, even mid-statement where it can (a Worker is terminated); calls still
   * pending are abandoned, never settled.
   */
  kill(): void;
}

/** Starts an engine, reporting each stage as it begins; `ready` is reported by the caller. */
export type StartEngine = (report: (stage: SandboxStage) => void) => Promise<SandboxEngine>;
