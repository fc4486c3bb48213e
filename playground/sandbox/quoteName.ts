import { SandboxError } from './sandboxErrors.ts';

/**
 * Double-quotes a table, column or schema name exactly as written, as PostgREST does with the names in
 * a request: any text is a name, and an embedded `"` is doubled, so nothing can end the name early.
 * Unlike the RLS generator's `quoteIdentifier`, it accepts names the reader did not choose (a URL's).
 *
 * @throws {SandboxError} `bad_query` with `details.param` for an empty name or one holding a NUL byte.
 * @example
 * quoteName('todos', 'table');            // '"todos"'
 * quoteName('x"; drop table y', 'table'); // '"x""; drop table y"'
 */
export function quoteName(name: string, param: string): string {
  if (name === '' || name.includes('\0')) {
    throw new SandboxError('bad_query', `${param}: "${name}" cannot be a name`, { param });
  }
  return `"${name.replaceAll('"', '""')}"`;
}
