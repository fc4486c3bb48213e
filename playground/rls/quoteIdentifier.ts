import { POSTGRES_QUOTED_KEYWORDS } from './postgresKeywords.ts';
import { RlsInputError } from './rlsErrors.ts';

/** Postgres truncates longer names (NAMEDATALEN − 1), so two long names could silently collide. */
export const MAX_IDENTIFIER_BYTES = 63;

/** ASCII letters, digits and underscores, not starting with a digit: nothing here can end a name early. */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Validates a table, column, schema or policy name against a conservative grammar and returns it
 * ready for SQL: bare when Postgres would read it back unchanged (`notes`), double-quoted when it
 * holds capitals or is a keyword (`"Notes"`, `"user"`) — the same rule as `quote_ident`. Anything
 * else is refused, so a hostile name such as `x; drop table y` or `a"b` never reaches the SQL.
 *
 * @throws {RlsInputError} `invalid_identifier` with `details.field` (the `field` given) and
 *   `details.reason`: `empty`, `too_long`, `leading_digit` or `invalid_character`.
 * @example
 * quoteIdentifier('notes', 'table'); // 'notes'
 * quoteIdentifier('user', 'table');  // '"user"'
 * quoteIdentifier('x; drop table y', 'table'); // throws RlsInputError('invalid_identifier')
 */
export function quoteIdentifier(name: string, field: string): string {
  if (!IDENTIFIER.test(name)) {
    const reason = name === '' ? 'empty' : /^[0-9]/.test(name) ? 'leading_digit' : 'invalid_character';
    throw new RlsInputError('invalid_identifier', `${field}: "${name}" is not a plain SQL identifier`, {
      field,
      reason,
      value: name,
    });
  }
  if (new TextEncoder().encode(name).length > MAX_IDENTIFIER_BYTES) {
    throw new RlsInputError('invalid_identifier', `${field}: "${name}" is longer than ${MAX_IDENTIFIER_BYTES} bytes`, {
      field,
      reason: 'too_long',
      value: name,
    });
  }
  const needsQuotes = name !== name.toLowerCase() || POSTGRES_QUOTED_KEYWORDS.has(name);
  return needsQuotes ? `"${name}"` : name;
}
