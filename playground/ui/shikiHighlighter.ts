import type { HighlighterCore, LanguageInput } from 'shiki/core';

/** The languages island code blocks show; each grammar is fetched the first time it is needed. */
export type CodeLanguage = 'typescript' | 'json' | 'sql' | 'shellscript';

const GRAMMARS: Readonly<Record<CodeLanguage, () => LanguageInput>> = {
  typescript: () => import('shiki/langs/typescript.mjs'),
  json: () => import('shiki/langs/json.mjs'),
  sql: () => import('shiki/langs/sql.mjs'),
  shellscript: () => import('shiki/langs/shellscript.mjs'),
};
/** Two themes in one pass, as CSS variables only (`--shiki-light`, `--shiki-dark`); CSS follows Starlight's `data-theme`. */
const THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;

let highlighter: Promise<HighlighterCore> | undefined;
const grammars = new Map<CodeLanguage, Promise<void>>();

/** The one highlighter of the page: shiki's core with the JavaScript regex engine (no WebAssembly). */
function loadHighlighter(): Promise<HighlighterCore> {
  highlighter ??= Promise.all([import('shiki/core'), import('shiki/engine/javascript')]).then(
    ([{ createHighlighterCore }, { createJavaScriptRegexEngine }]) =>
      createHighlighterCore({
        themes: [import('shiki/themes/github-light-default.mjs'), import('shiki/themes/github-dark-default.mjs')],
        langs: [],
        engine: createJavaScriptRegexEngine(),
      }),
  );
  return highlighter;
}

/**
 * Highlights `code` as HTML (a `<pre class="shiki">`) on this thread, loading shiki and the grammar on
 * first use. Pages call `highlightCode()`, which runs this in a Worker.
 *
 * @example
 * const html = await highlightWithShiki("import { SignJWT } from 'jose';", 'typescript');
 */
export async function highlightWithShiki(code: string, language: CodeLanguage): Promise<string> {
  const core = await loadHighlighter();
  let grammar = grammars.get(language);
  if (!grammar) {
    grammar = core.loadLanguage(GRAMMARS[language]());
    grammars.set(language, grammar);
  }
  await grammar;
  return core.codeToHtml(code, { lang: language, themes: THEMES, defaultColor: false });
}
