import type en from './en.json';

/**
 * Every key of the island dictionaries, read from `en.json`: a key that is not there fails
 * `astro check`, and the dictionary tests keep `zh-CN.json` on exactly the same keys.
 */
export type MessageKey = keyof typeof en;

/**
 * The key for a code known only at run time — an error's `code`, a facilitator's reason, a tool's
 * schema path — under its family (`errors`, `x402.reason`, `webmcp.decode_jwt`). Unit tests prove
 * every code the playground itself produces has its message in both dictionaries; a code from
 * elsewhere shows as the key itself rather than as nothing.
 *
 * @example
 * t(runtimeKey('errors', error.code));
 */
export function runtimeKey(family: string, code: string): MessageKey {
  return `${family}.${code}` as MessageKey;
}
