import { isPlaygroundError } from '../../errors.ts';
import { describeError } from '../../ui/describeError.ts';
import { ErrorMessage, Message } from '../../ui/Message.tsx';
import { useT } from '../../ui/useT.ts';

/** What Postgres said, and where: the line it points at with a caret under the spot. */
export function RunFailure({ error, sql }: { error: unknown; sql: string }) {
  const t = useT();
  if (!isPlaygroundError(error)) return <ErrorMessage error={error} />;
  const { line, character } = error.details;
  const source = typeof line === 'number' ? sql.split('\n')[line - 1] : undefined;
  return (
    <Message tone="fail" as="div" className="pg-stack" role="alert">
      <p>{describeError(t, error)}</p>
      {typeof line === 'number' && typeof character === 'number' && source !== undefined && (
        <>
          <p>{t('rls.run.errorAt', { line, character })}</p>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable block must be reachable by keyboard. */}
          <pre className="pg-mono rls-caret" tabIndex={0}>
            {`${source}\n${' '.repeat(character - 1)}^`}
          </pre>
        </>
      )}
    </Message>
  );
}
