/// <reference lib="webworker" />
import type { HighlightReply, HighlightRequest } from './highlightCode.ts';
import { highlightWithShiki } from './shikiHighlighter.ts';

// Shiki's first use of a grammar compiles hundreds of regular expressions: a task of most of a second
// on a phone. Here it blocks no tap or scroll.
addEventListener('message', async (event: MessageEvent<HighlightRequest>) => {
  const { id, code, language } = event.data;
  try {
    postMessage({ id, html: await highlightWithShiki(code, language) } satisfies HighlightReply);
  } catch (error) {
    postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies HighlightReply);
  }
});
