import type { MatrixCell, Persona } from '../../sandbox/runPolicyMatrix.ts';
import type { Translate } from '../../ui/translate.ts';

/** Who acted, in the reader's language: user A, user B or an anonymous visitor. */
export function personaLabel(t: Translate, persona: Persona): string {
  return t(`rls.persona.${persona}`);
}

/** A matrix cell in words: how many rows the command reached, or the SQLSTATE it was refused with. */
export function cellText(t: Translate, cell: MatrixCell): string {
  if (cell.outcome === 'denied') return t('rls.outcome.denied', { sqlState: cell.sqlState ?? '' });
  return t(`rls.outcome.${cell.outcome}`, { count: cell.rowCount });
}
