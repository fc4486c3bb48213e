import { InputLimitError } from './inputLimitErrors.ts';
import { measureJsonDepth } from './measureJsonDepth.ts';

/**
 * The most the playgrounds read from one pasted or shared value, named once for every decoder. Both are
 * far above anything real: a JWT is a few KB and nests two or three levels; a PAYMENT-* header stays
 * well under 16 KB and nests about five. Past them, pretty-printing grows with size × depth (a token
 * 3,000 levels deep printed as 18 MB and froze the tab for 22 s) and deeper still overflows the stack.
 */
export const INPUT_LIMITS = {
  /** Characters of one value: a token, a header, a share link. */
  maxLength: 64 * 1024,
  /** Levels of `{` / `[` nesting in one JSON document. */
  maxDepth: 32,
} as const;

/** What a caller adds to a limit error so the reader learns where: `{ segment: 'payload' }`, `{ header }`. */
export type LimitErrorContext = Readonly<Record<string, string>>;

/**
 * Throws unless `text` is at most `INPUT_LIMITS.maxLength` characters long. Run it before any decoding.
 *
 * @throws {InputLimitError} `input_too_large`, with `details.length` and `details.limit`.
 * @example
 * assertShortEnough(pasted, { header: 'PAYMENT-SIGNATURE' });
 */
export function assertShortEnough(text: string, context: LimitErrorContext = {}): void {
  const limit = INPUT_LIMITS.maxLength;
  if (text.length <= limit) return;
  throw new InputLimitError('input_too_large', `The input is ${text.length} characters long; the limit is ${limit}`, {
    ...context,
    length: text.length,
    limit,
  });
}

/**
 * Throws unless the JSON `text` nests at most `INPUT_LIMITS.maxDepth` levels. Run it before `JSON.parse`,
 * so that everything after it (parsing, walking, pretty-printing) works on bounded input.
 *
 * @throws {InputLimitError} `json_too_deep`, with `details.limit`.
 * @example
 * assertShallowEnough(decodedJson, { segment: 'payload' });
 * JSON.parse(decodedJson);
 */
export function assertShallowEnough(text: string, context: LimitErrorContext = {}): void {
  const limit = INPUT_LIMITS.maxDepth;
  if (measureJsonDepth(text, limit) <= limit) return;
  throw new InputLimitError('json_too_deep', `The JSON nests deeper than ${limit} levels`, { ...context, limit });
}
