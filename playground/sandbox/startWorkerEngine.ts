import type { PolicyMatrix } from './runPolicyMatrix.ts';
import type { SandboxEngine, SqlResult, StartEngine } from './sandboxEngine.ts';
import { SandboxError, type SandboxErrorCode } from './sandboxErrors.ts';
import type { BootFiles, WorkerFailure, WorkerReply, WorkerRequest } from './sandboxWorkerProtocol.ts';

type Call = WorkerRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

/**
 * What the first Worker downloaded, compiled and gunzipped, kept for the page's later Workers: a
 * compiled `WebAssembly.Module` and Blobs cross to a Worker without copying or downloading again.
 */
let sharedFiles: Promise<BootFiles> | undefined;

/**
 * In a browser: PGlite in its own Web Worker. The first Worker downloads the boot files itself;
 * later ones get them from the page. `kill()` terminates the Worker, which ends even a statement that
 * never returns.
 */
export const startWorkerEngine: StartEngine = async (report) => {
  report('downloading');
  const known = sharedFiles;
  const worker = new Worker(new URL('./sandbox.worker.ts', import.meta.url), { type: 'module', name: 'sandbox' });
  const pending = new Map<number, PromiseWithResolvers<unknown>>();
  const listeners = new Map<number, (payload: string) => void>();
  let nextId = 1;

  worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    if ('listener' in reply) return listeners.get(reply.listener)?.(reply.payload);
    if ('stage' in reply) return report(reply.stage);
    const call = pending.get(reply.id);
    pending.delete(reply.id);
    if (reply.ok) call?.resolve(reply.value);
    else call?.reject(fromFailure(reply.error));
  });
  // The Worker's script could not load or threw outside any call: nothing it was asked will answer.
  worker.addEventListener('error', (event) => {
    for (const call of pending.values()) call.reject(new Error(event.message || 'The sandbox Worker failed'));
    pending.clear();
  });

  const call = (request: Call): Promise<unknown> => {
    const id = nextId++;
    const answer = Promise.withResolvers<unknown>();
    pending.set(id, answer);
    worker.postMessage({ ...request, id });
    return answer.promise;
  };

  try {
    if (known) {
      const files = await known;
      report('starting');
      await call({ method: 'boot', files });
    } else {
      const booting = call({ method: 'boot' }) as Promise<BootFiles>;
      const shared = booting.catch((error: unknown) => {
        sharedFiles = undefined;
        throw error;
      });
      shared.catch(() => {});
      sharedFiles = shared;
      await booting;
    }
  } catch (error) {
    worker.terminate();
    throw error;
  }
  return {
    query: (sql, params) => call({ method: 'query', sql, params }) as Promise<SqlResult>,
    exec: (sql) => call({ method: 'exec', sql }) as Promise<SqlResult[]>,
    policyMatrix: (input) => call({ method: 'policyMatrix', input }) as Promise<PolicyMatrix>,
    listen: async (channel, onPayload) => {
      const listener = nextId++;
      listeners.set(listener, onPayload);
      await call({ method: 'listen', channel, listener });
      return async () => {
        listeners.delete(listener);
        await call({ method: 'unlisten', listener });
      };
    },
    kill: () => worker.terminate(),
  } satisfies SandboxEngine;
};

function fromFailure(failure: WorkerFailure): Error {
  if (failure.code) return new SandboxError(failure.code as SandboxErrorCode, failure.message, failure.details);
  return new Error(failure.message);
}
