import { useId } from 'react';
import type { RlsConfig } from '../../rls/rlsTypes.ts';
import type { RlsSandboxRun } from '../../rls/runRlsSandbox.ts';
import { MATRIX_COMMANDS, type MatrixCell, PERSONAS } from '../../sandbox/runPolicyMatrix.ts';
import { Message } from '../../ui/Message.tsx';
import { useT } from '../../ui/useT.ts';
import { Denials } from './Denials.tsx';
import { cellText, personaLabel } from './matrixText.ts';

const OUTCOME_ICONS: Readonly<Record<MatrixCell['outcome'], string>> = { allowed: '✓', no_rows: '∅', denied: '✗' };
const OUTCOME_CLASSES: Readonly<Record<MatrixCell['outcome'], string>> = {
  allowed: 'pg-pass',
  no_rows: 'pg-warn',
  denied: 'pg-fail',
};

/** A finished run: every command tried as user A, user B and anon, one table cell each. */
export function MatrixView({ run, config }: { run: RlsSandboxRun; config: RlsConfig }) {
  const t = useT();
  const id = useId();
  const { matrix, users } = run;
  const seedFailures = (['a', 'b'] as const).filter((persona) => matrix.seeded[persona].outcome !== 'allowed');
  return (
    <div className="pg-stack">
      <Message tone="pass">{t('rls.run.done', { table: config.table })}</Message>
      {seedFailures.map((persona) => (
        <Message key={persona} tone="warn">
          {t('rls.matrix.seedFailed', {
            persona: personaLabel(t, persona),
            outcome: cellText(t, matrix.seeded[persona]),
          })}
        </Message>
      ))}
      <h4 id={`${id}-title`}>{t('rls.matrix.title')}</h4>
      <p className="pg-hint">{t('rls.matrix.hint')}</p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the table scrolls sideways on a phone. */}
      <section className="pg-table-scroll" tabIndex={0} aria-labelledby={`${id}-title`}>
        <table className="pg-table rls-matrix">
          <thead>
            <tr>
              <th scope="col">{t('rls.matrix.persona')}</th>
              {MATRIX_COMMANDS.map((command) => (
                <th key={command} scope="col">
                  <code>{command.toUpperCase()}</code>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {PERSONAS.map((persona) => (
              <tr key={persona}>
                <th scope="row">
                  {personaLabel(t, persona)}
                  {persona !== 'anon' && <code className="rls-user-id">{users[persona]}</code>}
                </th>
                {MATRIX_COMMANDS.map((command) => {
                  const cell = matrix.cells[persona][command];
                  return (
                    <td key={command} className={OUTCOME_CLASSES[cell.outcome]} title={cell.message}>
                      <span aria-hidden="true">{OUTCOME_ICONS[cell.outcome]} </span>
                      {cellText(t, cell)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <Denials run={run} />
    </div>
  );
}
