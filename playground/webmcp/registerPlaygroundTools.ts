import type { Locale } from '../catalog/locale.ts';
import type { ToolDescriptor } from './playgroundTools.ts';

/** The slice of WebMCP (W3C Web Machine Learning CG draft) this site uses: registering tools. */
interface ModelContext {
  registerTool(tool: {
    name: string;
    description: string;
    inputSchema: object;
    execute: (input: object) => Promise<object>;
    annotations: { readOnlyHint: boolean };
  }): void;
}

/** Where the page carries its tools (see `WebMcpTools.astro`): localized descriptors, and their language. */
const TOOL_SETS = '[data-webmcp-tools]';

/**
 * Offers the page's playground tools to an in-browser agent through WebMCP: `document.modelContext`
 * (the current draft) or `navigator.modelContext` (earlier drafts). Where neither exists it does
 * nothing at all. The tools' logic is downloaded on their first call, so registering costs the page
 * no more than this file; it wakes no island and fetches nothing.
 *
 * The compare view shows a playground in both languages; the tools are registered once, in the
 * reader's language (the page's `lang`).
 */
export function registerPlaygroundTools(): void {
  const modelContext =
    (document as { modelContext?: ModelContext }).modelContext ??
    (navigator as { modelContext?: ModelContext }).modelContext;
  if (!modelContext) return;

  // Starlight's `lang` and the sets' `data-locale` are both BCP 47 tags from the same list (`LOCALES`).
  const sets = [...document.querySelectorAll<HTMLElement>(TOOL_SETS)];
  const ownLanguage = sets.filter((set) => set.dataset.locale === document.documentElement.lang);
  const registered = new Set<string>();
  for (const set of ownLanguage.length > 0 ? ownLanguage : sets) {
    const locale = set.dataset.locale as Locale;
    for (const tool of JSON.parse(set.dataset.webmcpTools ?? '[]') as ToolDescriptor[]) {
      if (registered.has(tool.name)) continue;
      registered.add(tool.name);
      try {
        modelContext.registerTool({
          ...tool,
          execute: (input) => runTool(tool.name, input, locale),
          annotations: { readOnlyHint: true },
        });
      } catch (error) {
        // The agent's browser already holds a tool of this name (registerTool throws then): keep that one.
        console.info(`WebMCP: ${tool.name} not registered`, error);
      }
    }
  }
}

async function runTool(name: ToolDescriptor['name'], input: object, locale: Locale) {
  const { runPlaygroundTool } = await import('./playgroundTools.ts');
  return runPlaygroundTool(name, input, { locale });
}
