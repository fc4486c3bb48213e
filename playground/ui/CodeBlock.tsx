import { useEffect, useState } from 'react';
import type { Locale } from '../catalog/locale.ts';
import { CopyButton } from './CopyButton.tsx';
import type { CodeLanguage } from './highlightCode.ts';

export interface CodeBlockProps {
  readonly code: string;
  readonly language: CodeLanguage;
  readonly locale: Locale;
  /** Names the block for assistive technology and the copy button ("Server code (jose)"). */
  readonly label: string;
}

/**
 * A code block with a copy button. It shows plain text at once and swaps in shiki's colours when
 * they are ready; shiki itself is only downloaded when the first code block appears.
 *
 * @example
 * <CodeBlock code={snippet} language="typescript" locale={locale} label="jose" />
 */
export function CodeBlock({ code, language, locale, label }: CodeBlockProps) {
  const [highlighted, setHighlighted] = useState<{ code: string; html: string } | null>(null);

  useEffect(() => {
    let current = true;
    import('./highlightCode.ts')
      .then(({ highlightCode }) => highlightCode(code, language))
      .then((html) => current && setHighlighted({ code, html }))
      // Plain text is a fine fallback; colours are a nicety.
      .catch(() => {});
    return () => {
      current = false;
    };
  }, [code, language]);

  return (
    <figure className="pg-code" aria-label={label}>
      <div className="pg-code-actions">
        <CopyButton text={code} locale={locale} label={label} />
      </div>
      {highlighted?.code === code ? (
        // biome-ignore lint/security/noDangerouslySetInnerHtml: shiki escapes the code it wraps in spans.
        <div className="pg-code-body" dangerouslySetInnerHTML={{ __html: highlighted.html }} />
      ) : (
        <div className="pg-code-body">
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable block must be reachable by keyboard. */}
          <pre tabIndex={0}>
            <code>{code}</code>
          </pre>
        </div>
      )}
    </figure>
  );
}
