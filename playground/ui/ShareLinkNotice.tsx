import type { InputLimitError } from '../limits/inputLimitErrors.ts';
import type { Translate } from './translate.ts';

/** Tells the reader that the link they opened was over a limit, so what they see is the default state. */
export function ShareLinkNotice({ t, refused }: { t: Translate; refused: InputLimitError | null }) {
  if (!refused) return null;
  return (
    <p className="pg-message pg-warn" role="status">
      {t('ui.shareLink.refused', { reason: t(`errors.${refused.code}`, refused.details) })}
    </p>
  );
}
