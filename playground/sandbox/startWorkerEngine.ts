import { loadBootFiles } from './loadBootFiles.ts';
import type { SandboxEngine, SqlResult, StartEngine } from './sandboxEngine.ts';
import { SandboxError, type SandboxErrorCode } from './sandboxErrors.ts';
import type { WorkerFailure, WorkerReply, WorkerRequest } from './sandboxWorkerProtocol.ts';

type Call = WorkerRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

/**
 * In a browser: PGlite in its own Web Worker, booted from the page's shared boot files. `kill()`
 * terminates the Worker, which ends even a statement that never returns.
 */
export const startWorkerEngine: StartEngine = async (report) => {
  report('downloading');
  const files = await loadBootFiles();
  report('starting');
  const worker = new Worker(new URL('./sandbox.worker.ts', import.meta.url), { type: 'module', name: 'sandbox' });
  const pending = new Map<number, PromiseWithResolvers<unknown>>();
  const listeners = new Map<number, (payload: string) => void>();
  let nextId = 1;

  worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    if ('listener' in reply) return listeners.get(reply.listener)?.(reply.payload);
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
    await call({ method: 'boot', files });
  } catch (error) {
    worker.terminate();
    throw error;
  }
  return {
    query: (sql, params) => call({ method: 'query', sql, params }) as Promise<SqlResult>,
    exec: (sql) => call({ method: 'exec', sql }) as Promise<SqlResult[]>,
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
