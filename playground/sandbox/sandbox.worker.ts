/// <reference lib="webworker" />
import { PGlite } from '@electric-sql/pglite';
import { createPgliteEngine } from './createPgliteEngine.ts';
import { loadBootFiles } from './loadBootFiles.ts';
import type { SandboxEngine } from './sandboxEngine.ts';
import { SandboxError } from './sandboxErrors.ts';
import type { BootFiles, WorkerFailure, WorkerReply, WorkerRequest } from './sandboxWorkerProtocol.ts';

// One sandbox per Worker: PGlite runs here, so a statement that never ends blocks only this thread,
// and the page ends it with `worker.terminate()`.

/**
 * PGlite downloads initdb's WebAssembly unless handed a module; booting from a snapshot never runs
 * initdb, so it gets the smallest valid module (the 8-byte header) instead of a 300 KB download.
 */
const NO_INITDB = new WebAssembly.Module(new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]));

let engine: SandboxEngine | undefined;
const unlisteners = new Map<number, () => Promise<void>>();

/** Boots PGlite and answers with the files it booted from, so the page can hand them to the next Worker. */
async function boot(given: BootFiles | undefined): Promise<BootFiles> {
  const files = given ?? (await loadBootFiles());
  postMessage({ stage: 'starting' } satisfies WorkerReply);
  const db = await PGlite.create({
    pgliteWasmModule: files.wasmModule,
    initdbWasmModule: NO_INITDB,
    fsBundle: files.fsBundle,
    loadDataDir: files.snapshot,
  });
  engine = createPgliteEngine(db);
  return files;
}

function running(): SandboxEngine {
  if (!engine) throw new SandboxError('closed', 'The sandbox Worker has not booted');
  return engine;
}

async function answer(request: WorkerRequest): Promise<unknown> {
  switch (request.method) {
    case 'boot':
      return boot(request.files);
    case 'query':
      return running().query(request.sql, request.params);
    case 'exec':
      return running().exec(request.sql);
    case 'policyMatrix':
      return running().policyMatrix(request.input);
    case 'listen': {
      const { listener } = request;
      const post = (payload: string) => postMessage({ listener, payload } satisfies WorkerReply);
      unlisteners.set(listener, await running().listen(request.channel, post));
      return undefined;
    }
    case 'unlisten':
      await unlisteners.get(request.listener)?.();
      unlisteners.delete(request.listener);
      return undefined;
  }
}

function toFailure(error: unknown): WorkerFailure {
  if (error instanceof SandboxError) return { code: error.code, message: error.message, details: { ...error.details } };
  return { message: error instanceof Error ? error.message : String(error) };
}

addEventListener('message', async (event: MessageEvent<WorkerRequest>) => {
  const { id } = event.data;
  try {
    postMessage({ id, ok: true, value: await answer(event.data) } satisfies WorkerReply);
  } catch (error) {
    postMessage({ id, ok: false, error: toFailure(error) } satisfies WorkerReply);
  }
});
