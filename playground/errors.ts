/**
 * Base class of every error the playground logic throws.
 *
 * `code` is stable and is what tests and islands branch on; `message` stays English and is for
 * logs only. Islands translate `code` (plus the structured `details`) into the reader's language
 * through `playground/i18n/*.json` under the key `errors.<code>`.
 *
 * @example
 * class RlsInputError extends PlaygroundError {}
 * throw new RlsInputError('invalid_identifier', 'Not a valid SQL identifier', { field: 'table' });
 */
export class PlaygroundError<Code extends string = string> extends Error {
  readonly code: Code;
  readonly details: Readonly<Record<string, string | number>>;

  constructor(code: Code, message: string, details: Record<string, string | number> = {}) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.details = details;
  }
}

/** True when `value` is a playground error, whatever its subclass. */
export function isPlaygroundError(value: unknown): value is PlaygroundError {
  return value instanceof PlaygroundError;
}
