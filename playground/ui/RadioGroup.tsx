import { type ReactNode, useId } from 'react';

export interface RadioGroupProps<T extends string> {
  readonly legend: ReactNode;
  readonly value: T;
  readonly options: readonly T[];
  readonly optionLabel: (option: T) => ReactNode;
  readonly onChange: (option: T) => void;
  /** `pg-inline` puts the choices on one line; a list of long choices brings its own class. */
  readonly className?: string;
  /** Set on each choice's `<label>`; without it the label is plain and a space follows the radio. */
  readonly choiceClassName?: string;
}

/**
 * A fieldset of radio buttons over a fixed list of string options; arrow keys move between them as
 * the browser provides, and `onChange` receives one of `options`.
 *
 * @example
 * <RadioGroup legend={t('jwt.secret.encoding')} value={encoding} options={['utf8', 'base64url']}
 *   optionLabel={(e) => t(`jwt.secret.${e}`)} onChange={setEncoding} />
 */
export function RadioGroup<T extends string>({
  legend,
  value,
  options,
  optionLabel,
  onChange,
  className = 'pg-inline',
  choiceClassName,
}: RadioGroupProps<T>) {
  const name = useId();
  return (
    <fieldset className={className}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} className={choiceClassName}>
          <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
          {choiceClassName === undefined && ' '}
          {optionLabel(option)}
        </label>
      ))}
    </fieldset>
  );
}
