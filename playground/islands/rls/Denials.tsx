import type { RlsSandboxRun } from '../../rls/runRlsSandbox.ts';
import { MATRIX_COMMANDS, PERSONAS } from '../../sandbox/runPolicyMatrix.ts';
import { useT } from '../../ui/useT.ts';
import { personaLabel } from './matrixText.ts';

/** Postgres' own words for each refusal, since a matrix cell only has room for the SQLSTATE. */
export function Denials({ run }: { run: RlsSandboxRun }) {
  const t = useT();
  const denials = PERSONAS.flatMap((persona) =>
    MATRIX_COMMANDS.flatMap((command) => {
      const cell = run.matrix.cells[persona][command];
      return cell.outcome === 'denied' ? [{ persona, command, message: cell.message ?? '' }] : [];
    }),
  );
  if (denials.length === 0) return null;
  return (
    <details className="pg-details">
      <summary>{t('rls.matrix.denials', { count: denials.length })}</summary>
      <ul>
        {denials.map(({ persona, command, message }) => (
          <li key={`${persona}-${command}`}>
            <strong>
              {personaLabel(t, persona)} · <code>{command.toUpperCase()}</code>
            </strong>{' '}
            <code>{message}</code>
          </li>
        ))}
      </ul>
    </details>
  );
}
