import type { ReactNode } from 'react';

/** A field's error, right under it; `id` lets the field be described by it. */
export function FieldError({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="pg-message pg-fail rls-field-error">
      {children}
    </p>
  );
}
