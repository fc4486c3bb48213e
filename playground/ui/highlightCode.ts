import type { CodeLanguage } from './shikiHighlighter.ts';

export type { CodeLanguage } from './shikiHighlighter.ts';

export interface HighlightRequest {
  readonly id: number;
  readonly code: string;
  readonly language: CodeLanguage;
}
export type HighlightReply =
  | { readonly id: number; readonly html: string }
  | { readonly id: number; readonly error: string };

let worker: Worker | undefined;
const pending = new Map<number, PromiseWithResolvers<string>>();
let nextId = 1;

/** The page's one highlighting Worker, started with its first code block. */
function highlighter(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL('./highlight.worker.ts', import.meta.url), { type: 'module', name: 'highlight' });
  started.addEventListener('message', (event: MessageEvent<HighlightReply>) => {
    const reply = event.data;
    const call = pending.get(reply.id);
    pending.delete(reply.id);
    if ('html' in reply) call?.resolve(reply.html);
    else call?.reject(new Error(reply.error));
  });
  // The Worker could not load: code stays plain text, and the next block tries a new Worker.
  started.addEventListener('error', () => {
    for (const call of pending.values()) call.reject(new Error('The highlighting Worker failed'));
    pending.clear();
    worker = undefined;
  });
  worker = started;
  return started;
}

/**
 * Highlights `code` as HTML (a `<pre class="shiki">`) in a Web Worker, so shiki's first, slow pass over
 * a grammar never blocks the page. Browser only: code blocks call it from an effect.
 *
 * @example
 * const html = await highlightCode("import { SignJWT } from 'jose';", 'typescript');
 */
export function highlightCode(code: string, language: CodeLanguage): Promise<string> {
  const id = nextId++;
  const answer = Promise.withResolvers<string>();
  pending.set(id, answer);
  highlighter().postMessage({ id, code, language } satisfies HighlightRequest);
  return answer.promise;
}
