import { type ReactNode, useId } from 'react';

/**
 * One titled part of a playground: a `<section>` named by its `<h3>` for assistive technology.
 *
 * @example
 * <Section title={t('x402.pg.pay.title')}><PayButton /></Section>
 */
export function Section({ title, className, children }: { title: ReactNode; className?: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className={className ? `pg-section ${className}` : 'pg-section'} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      {children}
    </section>
  );
}
