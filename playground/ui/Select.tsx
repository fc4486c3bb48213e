export interface SelectProps<T extends string> {
  readonly id?: string;
  readonly describedBy?: string | undefined;
  readonly value: T;
  readonly options: readonly T[];
  readonly optionLabel: (option: T) => string;
  readonly onChange: (option: T) => void;
}

/**
 * A `<select>` over a fixed list of string options, typed end to end: `onChange` receives one of
 * `options`, never a bare string that needs a cast.
 *
 * @example
 * <Select value={header} options={INSPECTED_HEADERS} optionLabel={(name) => name} onChange={setHeader} />
 */
export function Select<T extends string>({ id, describedBy, value, options, optionLabel, onChange }: SelectProps<T>) {
  return (
    <select
      id={id}
      value={value}
      onChange={(event) => {
        const chosen = options.find((option) => option === event.target.value);
        if (chosen !== undefined) onChange(chosen);
      }}
      aria-describedby={describedBy}
    >
      {options.map((option) => (
        <option key={option} value={option}>
          {optionLabel(option)}
        </option>
      ))}
    </select>
  );
}
