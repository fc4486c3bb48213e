import { type ReactNode, useId } from 'react';
import { Message } from './Message.tsx';

export interface CheckboxGroupProps<T extends string> {
  readonly legend: ReactNode;
  readonly options: readonly T[];
  readonly isChecked: (option: T) => boolean;
  readonly optionLabel: (option: T) => ReactNode;
  readonly onChange: (option: T, checked: boolean) => void;
  /** Why the choice was refused: shown under the boxes, and the group is described by it. */
  readonly error?: string | null;
}

/**
 * A fieldset of checkboxes on one line over a fixed list of string options, the checkbox twin of
 * `RadioGroup`: `onChange` receives one of `options` and whether it is now checked.
 *
 * @example
 * <CheckboxGroup legend={t('rls.form.options')} options={RLS_OPTIONS} isChecked={(o) => options[o]}
 *   optionLabel={(o) => t(`rls.option.${o}`)} onChange={(o, on) => setOptions({ ...options, [o]: on })} />
 */
export function CheckboxGroup<T extends string>({
  legend,
  options,
  isChecked,
  optionLabel,
  onChange,
  error,
}: CheckboxGroupProps<T>) {
  const errorId = `${useId()}-error`;
  return (
    <fieldset className="pg-inline" aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option}>
          <input
            type="checkbox"
            checked={isChecked(option)}
            onChange={(event) => onChange(option, event.target.checked)}
          />{' '}
          {optionLabel(option)}
        </label>
      ))}
      {error && (
        <Message tone="fail" id={errorId} className="pg-field-error">
          {error}
        </Message>
      )}
    </fieldset>
  );
}
