import { CopyButton } from './CopyButton.tsx';
import type { CodeLanguage } from './highlightCode.ts';
import { useAsync } from './useAsync.ts';

export interface CodeBlockProps {
  readonly code: string;
  readonly language: CodeLanguage;
  /** Names the block for assistive technology and the copy button ("Server code (jose)"). */
  readonly label: string;
}

/**
 * A code block with a copy button. It shows plain text at once and swaps in shiki's colours when
 * they are ready; shiki itself is only downloaded when the first code block appears.
 *
 * @example
 * <CodeBlock code={snippet} language="typescript" label="jose" />
 */
export function CodeBlock({ code, language, label }: CodeBlockProps) {
  // Until shiki's colours arrive, or if they never do, the code shows as plain text.
  const highlighted = useAsync(
    () => import('./highlightCode.ts').then(({ highlightCode }) => highlightCode(code, language)),
    [code, language],
  );

  return (
    <figure className="pg-code" aria-label={label}>
      <div className="pg-code-actions">
        <CopyButton text={code} label={label} />
      </div>
      {highlighted.status === 'done' ? (
        // biome-ignore lint/security/noDangerouslySetInnerHtml: shiki escapes the code it wraps in spans.
        <div className="pg-code-body" dangerouslySetInnerHTML={{ __html: highlighted.value }} />
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
