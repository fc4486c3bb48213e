import { useId } from 'react';
import { Message } from '../../ui/Message.tsx';

export interface NameFieldProps {
  readonly label: string;
  readonly value: string;
  readonly error: string | null;
  readonly onChange: (value: string) => void;
  readonly hint?: string;
}

/** A name input whose error sits right under it; what the reader typed stays, even when refused. */
export function NameField({ label, value, error, onChange, hint }: NameFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ');
  return (
    <div className="pg-field">
      <label className="pg-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="pg-input pg-mono"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error !== null}
        aria-describedby={describedBy || undefined}
        spellCheck={false}
        autoComplete="off"
        autoCapitalize="off"
      />
      {hint && (
        <p id={hintId} className="pg-hint">
          {hint}
        </p>
      )}
      {error && (
        <Message tone="fail" id={errorId} className="pg-field-error">
          {error}
        </Message>
      )}
    </div>
  );
}
