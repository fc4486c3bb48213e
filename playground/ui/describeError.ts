import { isPlaygroundError } from '../errors.ts';
import { runtimeKey } from '../i18n/messageKey.ts';
import { segmentKey } from '../jwt/tokenSegments.ts';
import type { Translate, TranslateParams } from './translate.ts';

/** Chinese full-width punctuation, which separates by itself. */
const FULL_WIDTH = /^[\u3000-\u303f\uff00-\uffef]$/;

/**
 * Any error in the reader's language, the same way in every playground: a `PlaygroundError` by its
 * code (`errors.<code>`), said where it happened when it knows (a token's part, a position), and
 * with Postgres' own words after a refused statement; anything else as unexpected, with its message.
 *
 * @example
 * describeError(t, new JwtError('invalid_base64url', '…', { segment: 'payload', position: 12 }));
 * // 'In the payload: Not valid base64url. (position 12)'
 */
export function describeError(t: Translate, error: unknown): string {
  if (!isPlaygroundError(error)) {
    return t('errors.unexpected', { message: error instanceof Error ? error.message : String(error) });
  }
  const details = localizeDetails(t, error.details);
  const message = t(runtimeKey('errors', error.code), details);
  const where = details.segment === undefined ? '' : t('errors.in', details);
  const at = details.position === undefined ? '' : t('errors.at', details);
  const postgres = error.code === 'sql_error' ? error.message : '';
  return joinParts([where, message, at, postgres]);
}

/** The parts of one message, a space between two unless full-width punctuation already parts them ("头部中：…"). */
function joinParts(parts: readonly string[]): string {
  return parts
    .filter(Boolean)
    .reduce((text, part) =>
      FULL_WIDTH.test(text.at(-1) ?? '') || FULL_WIDTH.test(part[0] ?? '') ? text + part : `${text} ${part}`,
    );
}

/**
 * Detail values that are themselves codes are shown translated: a token's part (`segment`) and a
 * nested error's `code`, whose message is filled from the same details (`{count}`, `{character}`).
 */
export function localizeDetails(t: Translate, details: TranslateParams): TranslateParams {
  const out: Record<string, string | number> = { ...details };
  const segment = typeof details.segment === 'string' ? segmentKey(details.segment) : undefined;
  if (segment) out.segment = t(segment);
  if (typeof details.code === 'string') out.code = t(runtimeKey('errors', details.code), out);
  return out;
}
