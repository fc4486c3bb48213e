import { useEffect, useState } from 'react';
import { useT } from './useT.ts';

type CopyState = 'idle' | 'copied' | 'failed';

export interface CopyButtonProps {
  /** The exact text put on the clipboard. */
  readonly text: string;
  /** What is copied, added for screen readers after the visible "Copy" ("Copy token"). */
  readonly label?: string;
}

/** How long "Copied" stays before the button reads "Copy" again. */
const RESET_MS = 2000;

/**
 * Copies `text` to the clipboard and says so in the reader's language, visibly and through a
 * polite live region; when the browser refuses, it asks the reader to copy by hand.
 *
 * @example
 * <CopyButton text={token} label={t('jwt.mint.copyToken')} />
 */
export function CopyButton({ text, label }: CopyButtonProps) {
  const t = useT();
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), RESET_MS);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  return (
    <span className="pg-copy">
      <button type="button" className="pg-button" onClick={copy}>
        {state === 'copied' ? t('ui.copied') : t('ui.copy')}
        {label && <span className="sr-only"> {label}</span>}
      </button>
      <span className={state === 'failed' ? 'pg-copy-status pg-error-text' : 'sr-only'} aria-live="polite">
        {state === 'copied' ? t('ui.copied') : state === 'failed' ? t('ui.copyFailed') : ''}
      </span>
    </span>
  );
}
