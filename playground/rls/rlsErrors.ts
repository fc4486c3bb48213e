import { PlaygroundError } from '../errors.ts';

/**
 * Codes thrown when the RLS generator's input cannot become safe SQL.
 * `details.field` names the input at fault (`table`, `ownerColumn`, `columns.1.name`, `commands`).
 *
 * - `invalid_identifier`: not a plain SQL name; `details.reason` is `empty`, `too_long`,
 *   `leading_digit`, `invalid_character` or `derived_too_long` (a policy or index name built from it
 *   would pass 63 bytes, where Postgres silently truncates it).
 * - `invalid_column_type`: a column type outside the generator's allow-list.
 * - `duplicate_column`: two columns share a name (including `id`, the owner column and `created_at`).
 * - `no_commands`: no command to write a policy for.
 * - `invalid_option`: a provider, pattern, claim source or command the generator does not know.
 */
export type RlsInputErrorCode =
  | 'invalid_identifier'
  | 'invalid_column_type'
  | 'duplicate_column'
  | 'no_commands'
  | 'invalid_option';

/** The generator's input names something that must not reach SQL, or asks for something it cannot build. */
export class RlsInputError extends PlaygroundError<RlsInputErrorCode> {}
