import type { RlsHashState } from '../../rls/rlsHashState.ts';

/** What the form's panels share: the shareable state, a way to change part of it, and each field's error. */
export interface FormProps {
  readonly state: RlsHashState;
  readonly update: (change: Partial<RlsHashState>) => void;
  /** Why the generator refused `field` (`table`, `columns.0.name`), in the reader's language; null when it did not. */
  readonly fieldError: (field: string) => string | null;
}
