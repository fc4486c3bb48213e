import type { PolicyMatrixInput } from './runPolicyMatrix.ts';
import type { SandboxStage } from './sandboxEngine.ts';

/** What a sandbox Worker boots from; the first Worker loads it, the page keeps it for every later one. */
export interface BootFiles {
  readonly wasmModule: WebAssembly.Module;
  readonly fsBundle: Blob;
  readonly snapshot: Blob;
}

/**
 * A call from the page to the sandbox Worker; `id` pairs it with its reply. A `boot` without `files`
 * makes the Worker download them itself, off the page's thread, and answer with them.
 */
export type WorkerRequest = { readonly id: number } & (
  | { readonly method: 'boot'; readonly files?: BootFiles }
  | { readonly method: 'query'; readonly sql: string; readonly params?: unknown[] }
  | { readonly method: 'exec'; readonly sql: string }
  | { readonly method: 'policyMatrix'; readonly input: PolicyMatrixInput }
  | { readonly method: 'listen'; readonly channel: string; readonly listener: number }
  | { readonly method: 'unlisten'; readonly listener: number }
);

/** An error as it crosses from the Worker: a `SandboxError`'s code and details, or just a message. */
export interface WorkerFailure {
  readonly code?: string;
  readonly message: string;
  readonly details?: Record<string, string | number>;
}

/** The Worker's answers: a call's result or failure, a `pg_notify` payload for a listener, or boot progress. */
export type WorkerReply =
  | { readonly stage: SandboxStage }
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly id: number; readonly ok: false; readonly error: WorkerFailure }
  | { readonly listener: number; readonly payload: string };
