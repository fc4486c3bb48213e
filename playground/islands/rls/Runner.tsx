import { useEffect, useRef, useState } from 'react';
import type { RlsConfig } from '../../rls/rlsTypes.ts';
import type { RlsSandboxRun } from '../../rls/runRlsSandbox.ts';
import type { SandboxStage } from '../../sandbox/createSandbox.ts';
import { Field } from '../../ui/Field.tsx';
import { Message } from '../../ui/Message.tsx';
import { Section } from '../../ui/Section.tsx';
import { useT } from '../../ui/useT.ts';
import type { Generated } from './generateFromForm.ts';
import { MatrixView } from './MatrixView.tsx';
import { RunFailure } from './RunFailure.tsx';
import { RunProgress } from './RunProgress.tsx';
import { SdkPanel } from './SdkPanel.tsx';

type RunState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly stage: SandboxStage }
  | { readonly kind: 'done'; readonly sql: string; readonly run: RlsSandboxRun; readonly config: RlsConfig }
  | { readonly kind: 'failed'; readonly sql: string; readonly error: unknown };

/** "Run it": the SQL (the generated script, or the reader's edit of it) on Postgres in the tab, and what came of it. */
export function Runner({ generated, config }: { generated: Generated; config: RlsConfig }) {
  const t = useT();
  const [draft, setDraft] = useState<string | null>(null);
  const [run, setRun] = useState<RunState>({ kind: 'idle' });
  const sandbox = useRef<RlsSandboxRun['sandbox'] | null>(null);
  const stopping = useRef<AbortController | null>(null);
  const sql = draft ?? (generated.ok ? generated.value.sql : '');

  useEffect(() => {
    return () => {
      stopping.current?.abort();
      void sandbox.current?.close();
    };
  }, []);

  /** Never rejects: whatever fails, closing the last run's sandbox included, is shown as this run's failure. */
  async function start() {
    const ranConfig = config;
    try {
      await sandbox.current?.close();
      sandbox.current = null;
      const controller = new AbortController();
      stopping.current = controller;
      setRun({ kind: 'running', stage: 'downloading' });
      const { runRlsSandbox } = await import('../../rls/runRlsSandbox.ts');
      const result = await runRlsSandbox(sql, ranConfig, {
        onProgress: (stage) => setRun({ kind: 'running', stage }),
        signal: controller.signal,
      });
      sandbox.current = result.sandbox;
      setRun({ kind: 'done', sql, run: result, config: ranConfig });
    } catch (error) {
      setRun({ kind: 'failed', sql, error });
    }
  }

  const canRun = generated.ok && run.kind !== 'running';
  const stale = (run.kind === 'done' || run.kind === 'failed') && run.sql !== sql;
  return (
    <Section title={t('rls.run.title')} className="rls-runner">
      <p className="pg-hint">{t('rls.run.intro')}</p>
      <Field label={t('rls.run.editor')} hint={draft === null ? t('rls.run.editorHint') : t('rls.run.editorEdited')}>
        {({ id, describedBy }) => (
          <textarea
            id={id}
            className="pg-textarea pg-mono rls-editor"
            value={sql}
            onChange={(event) => setDraft(event.target.value)}
            rows={12}
            spellCheck={false}
            autoComplete="off"
            autoCapitalize="off"
            aria-describedby={describedBy}
          />
        )}
      </Field>
      <div className="pg-row">
        <button type="button" className="pg-button pg-primary" onClick={start} disabled={!canRun}>
          {run.kind === 'idle' ? t('rls.run.button') : t('rls.run.again')}
        </button>
        {run.kind === 'running' && (
          <button type="button" className="pg-button" onClick={() => stopping.current?.abort()}>
            {t('rls.run.stop')}
          </button>
        )}
        {draft !== null && (
          <button type="button" className="pg-button" onClick={() => setDraft(null)}>
            {t('rls.run.reset')}
          </button>
        )}
      </div>
      <div aria-live="polite" className="pg-stack">
        {run.kind === 'running' && <RunProgress stage={run.stage} />}
        {stale && <Message tone="info">{t('rls.run.stale')}</Message>}
        {run.kind === 'failed' && <RunFailure error={run.error} sql={run.sql} />}
        {run.kind === 'done' && <MatrixView run={run.run} config={run.config} />}
      </div>
      {run.kind === 'done' && <SdkPanel run={run.run} config={run.config} />}
    </Section>
  );
}
