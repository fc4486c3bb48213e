import { type ReactNode, useId } from 'react';

/** The ids a field's control needs: its own (the label points at it) and its hint's. */
export interface FieldControl {
  readonly id: string;
  readonly describedBy: string | undefined;
}

export interface FieldProps {
  readonly label: ReactNode;
  /** A line under the control that explains it; the control is described by it. */
  readonly hint?: ReactNode;
  /** `pg-field` stacks label, control and hint; `pg-row` sets label and control side by side. */
  readonly layout?: 'pg-field' | 'pg-row' | 'pg-stack';
  /** Whether the label takes the form's label style (`pg-label`); a side-by-side label does not. */
  readonly styledLabel?: boolean;
  readonly children: (control: FieldControl) => ReactNode;
}

/**
 * A labelled form control with an optional hint, wired by id so a screen reader reads all three.
 *
 * @example
 * <Field label={t('rls.form.pattern')} hint={t('rls.pattern.owner.hint')}>
 *   {(control) => <Select {...control} value={pattern} options={RLS_PATTERNS} optionLabel={name} onChange={set} />}
 * </Field>
 */
export function Field({ label, hint, layout = 'pg-field', styledLabel = true, children }: FieldProps) {
  const id = useId();
  const hintId = hint === undefined ? undefined : `${id}-hint`;
  return (
    <div className={layout}>
      <label className={styledLabel ? 'pg-label' : undefined} htmlFor={`${id}-control`}>
        {label}
      </label>
      {children({ id: `${id}-control`, describedBy: hintId })}
      {hint !== undefined && (
        <p id={hintId} className="pg-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
