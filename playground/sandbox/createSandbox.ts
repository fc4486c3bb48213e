import type { SandboxEngine, SandboxStage, StartEngine } from './sandboxEngine.ts';
import { SandboxError } from './sandboxErrors.ts';
import { type Sandbox, stoppedError, wrapEngine } from './wrapEngine.ts';

export type { SandboxStage, SqlResult } from './sandboxEngine.ts';
export type { Sandbox, SandboxSession, SandboxTransaction } from './wrapEngine.ts';

/** How long one call (a query, an exec, a whole transaction) may run before the sandbox is stopped for the reader. */
export const SANDBOX_TIME_LIMIT_MS = 10_000;

export interface CreateSandboxOptions {
  /** Called as each stage starts; `ready` comes last, just before the sandbox is returned. */
  readonly onProgress?: (stage: SandboxStage) => void;
  /** Overrides `SANDBOX_TIME_LIMIT_MS` (tests shorten it). */
  readonly timeLimitMs?: number;
  /** Aborting it stops the sandbox at once (the reader's Stop button): pending calls reject with `sandbox_stopped`. */
  readonly signal?: AbortSignal;
  /** Where Postgres runs; by default a Web Worker in a browser and this thread in Node. Tests pass a fake. */
  readonly startEngine?: StartEngine;
}

/** A boot under way, watched by whoever takes it: the warm one may be half done when a Run takes it. */
interface Boot {
  stage: SandboxStage;
  readonly watchers: Set<(stage: SandboxStage) => void>;
  readonly engine: Promise<SandboxEngine>;
}

function boot(start: StartEngine): Boot {
  const watchers = new Set<(stage: SandboxStage) => void>();
  const progress = { stage: 'downloading' as SandboxStage, watchers };
  const engine = start((stage) => {
    progress.stage = stage;
    for (const watch of watchers) watch(stage);
  });
  // A warm boot nobody takes must not surface as an unhandled rejection; the taker sees the failure.
  engine.catch(() => {});
  return Object.assign(progress, { engine });
}

/** The next sandbox, booting before anyone asks for it, once a page has called `warmUpSandbox()`. */
let warm: Boot | undefined;
let keepWarm = false;
/**
 * Boots the next sandbox as soon as the taken one is up, so a rerun finds one ready. The two boot one
 * after the other, never at once; the taken one's script runs as a single call in its own Worker, so
 * on two cores neither waits for the other.
 */
function refill(): void {
  if (keepWarm) warm ??= boot(defaultStartEngine);
}

/**
 * Starts downloading and booting a sandbox now, and keeps one ready from then on: each `createSandbox()`
 * takes the ready one, and the next boots once it is up. `PostgresOnIntent.astro` calls it on the
 * reader's first sign of intent on the playground.
 *
 * @example
 * wrapper.addEventListener('pointerover', () => warmUpSandbox(), { once: true });
 */
export function warmUpSandbox(): void {
  keepWarm = true;
  warm ??= boot(defaultStartEngine);
}

const defaultStartEngine: StartEngine = async (report) => {
  // A browser runs Postgres in a Worker so the page never blocks; Node (the tests) runs it in-process.
  // `import.meta.env.SSR` is false in the browser build, which then leaves the Node engine out entirely.
  if (!import.meta.env.SSR || typeof Worker === 'function') {
    const { startWorkerEngine } = await import('./startWorkerEngine.ts');
    return startWorkerEngine(report);
  }
  const { startNodeEngine } = await import('./startNodeEngine.ts');
  return startNodeEngine(report);
};

/**
 * Starts "InsForge in a tab": PGlite booted from a snapshot made at build time, with InsForge's roles,
 * `auth` helpers, default grants, `pgcrypto` and `realtime` schema installed, so the guides' SQL runs
 * unmodified. In a browser Postgres runs in a Web Worker (nothing blocks the page) that is terminated
 * when a call outlives `timeLimitMs` or the reader stops it. Every call returns a fresh database.
 *
 * @throws {SandboxError} `boot_failed` with `details.stage` when PGlite cannot load or start;
 *   `sandbox_stopped` when `signal` aborts during the boot.
 * @example
 * const sandbox = await createSandbox({ onProgress: (stage) => console.log(stage) });
 * await sandbox.exec(generateRlsSql({ provider: 'clerk', table: 'notes' }).sql);
 * const mine = await asUser(sandbox, { sub: 'user_2xPnG8KxVQr' }, (session) => session.query('select * from notes'));
 * await sandbox.close();
 */
export async function createSandbox(options: CreateSandboxOptions = {}): Promise<Sandbox> {
  let reported: SandboxStage | undefined;
  const report = (stage: SandboxStage) => {
    if (stage !== reported) options.onProgress?.(stage);
    reported = stage;
  };
  let booting: Boot;
  if (options.startEngine) {
    booting = boot(options.startEngine);
  } else {
    booting = warm ?? boot(defaultStartEngine);
    warm = undefined;
    if (keepWarm) booting.engine.then(refill, refill);
  }
  report(booting.stage);
  booting.watchers.add(report);
  const stopped = abortion(options.signal);
  let engine: SandboxEngine;
  try {
    engine = await Promise.race([booting.engine, stopped.promise]);
  } catch (error) {
    booting.engine.then(
      (late) => late.kill(),
      () => {},
    );
    if (error instanceof SandboxError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new SandboxError('boot_failed', `The sandbox failed while ${booting.stage}: ${reason}`, {
      stage: booting.stage,
    });
  } finally {
    booting.watchers.delete(report);
    stopped.dispose();
  }
  report('ready');
  return wrapEngine(engine, options.timeLimitMs ?? SANDBOX_TIME_LIMIT_MS, options.signal);
}

/** A promise that rejects with `sandbox_stopped` when `signal` aborts; `dispose` stops listening. */
function abortion(signal: AbortSignal | undefined) {
  const { promise, reject } = Promise.withResolvers<never>();
  promise.catch(() => {});
  const onAbort = () => reject(stoppedError());
  if (signal?.aborted) onAbort();
  signal?.addEventListener('abort', onAbort, { once: true });
  return { promise, dispose: () => signal?.removeEventListener('abort', onAbort) };
}
