import type { MessageKey } from '../../i18n/messageKey.ts';
import type { RuleStatus } from '../../jwt/checkInsforgeToken.ts';

/** How a pass, a failure and a warning are marked: an icon for the eye, and a word for the rules' badges. */
export const STATUS: Readonly<Record<RuleStatus, { icon: string; key: MessageKey }>> = {
  pass: { icon: '✓', key: 'jwt.status.pass' },
  fail: { icon: '✗', key: 'jwt.status.fail' },
  warn: { icon: '!', key: 'jwt.status.warn' },
};
