import { useId } from 'react';
import { CodeBlock } from '../../ui/CodeBlock.tsx';
import { Message } from '../../ui/Message.tsx';
import { Section } from '../../ui/Section.tsx';
import { useT } from '../../ui/useT.ts';
import { downloadSql } from './downloadSql.ts';
import type { Generated } from './generateFromForm.ts';

/** The generated SQL with its download, and what each statement does; a refused form has none. */
export function SqlOutput({ generated, table }: { generated: Generated; table: string }) {
  const t = useT();
  const id = useId();
  return (
    <Section title={t('rls.sql.title')} className="rls-sql">
      {generated.ok ? (
        <>
          <CodeBlock code={generated.value.sql} language="sql" label={t('rls.sql.label')} />
          <div className="pg-row">
            <button
              type="button"
              className="pg-button"
              onClick={() => downloadSql(`${table}_rls.sql`, generated.value.sql)}
            >
              {t('rls.sql.download')}
            </button>
          </div>
          <h4 id={`${id}-explain`}>{t('rls.sql.explainTitle')}</h4>
          <ol className="rls-explain" aria-labelledby={`${id}-explain`}>
            {generated.value.statements.map((statement, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: statements are an ordered script; the order is their identity.
              <li key={index}>
                <code className="rls-statement">{statement.sql.split('\n')[0]}</code>
                <span>{t(statement.explain.key, statement.explain.params)}</span>
              </li>
            ))}
          </ol>
        </>
      ) : (
        <Message tone="fail">{t('rls.sql.invalid')}</Message>
      )}
    </Section>
  );
}
