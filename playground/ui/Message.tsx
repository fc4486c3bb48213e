import type { ReactNode } from 'react';
import { describeError } from './describeError.ts';
import { useT } from './useT.ts';

/** `pass` and `fail` for outcomes, `warn` for a caution, `info` for a neutral note. */
export type MessageTone = 'pass' | 'fail' | 'warn' | 'info';

export interface MessageProps {
  readonly tone: MessageTone;
  /** `status` for results that update as the reader works, `alert` for a failure of what they asked for. */
  readonly role?: 'status' | 'alert';
  /** A message that holds paragraphs or buttons is a `div`. */
  readonly as?: 'p' | 'div';
  readonly className?: string;
  /** Lets a control be described by the message (`aria-describedby`). */
  readonly id?: string;
  readonly children: ReactNode;
}

/**
 * A coloured message box, in the tone of what it says.
 *
 * @example
 * <Message tone="warn">{t('x402.pg.token.warning')}</Message>
 */
export function Message({ tone, role, as: Tag = 'p', className, id, children }: MessageProps) {
  return (
    <Tag id={id} className={`pg-message pg-${tone}${className ? ` ${className}` : ''}`} role={role}>
      {children}
    </Tag>
  );
}

/**
 * An error in the reader's language, the one way every playground shows one (see `describeError`).
 *
 * @example
 * {outcome.status === 'failed' && <ErrorMessage error={outcome.error} />}
 */
export function ErrorMessage({ error, role }: { error: unknown; role?: MessageProps['role'] }) {
  const t = useT();
  return (
    <Message tone="fail" role={role}>
      {describeError(t, error)}
    </Message>
  );
}
