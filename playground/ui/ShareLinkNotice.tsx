import type { InputLimitError } from '../limits/inputLimitErrors.ts';
import { useT } from './useT.ts';

/** Tells the reader that the link they opened was over a limit, so what they see is the default state. */
export function ShareLinkNotice({ refused }: { refused: InputLimitError | null }) {
  const t = useT();
  if (!refused) return null;
  return (
    <p className="pg-message pg-warn" role="status">
      {t('ui.shareLink.refused', { reason: t(`errors.${refused.code}`, refused.details) })}
    </p>
  );
}
