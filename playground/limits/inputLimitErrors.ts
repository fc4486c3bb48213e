import { PlaygroundError } from '../errors.ts';

/**
 * Codes thrown when pasted or shared input is past what the playground reads. `details.limit` is the
 * limit and `details.length` or `details.depth` what was found; callers add where (`segment`, `header`).
 */
export const INPUT_LIMIT_ERROR_CODES = ['input_too_large', 'json_too_deep'] as const;
export type InputLimitErrorCode = (typeof INPUT_LIMIT_ERROR_CODES)[number];

/** Input is too long, or its JSON nests too deep, to decode and pretty-print without freezing the tab. */
export class InputLimitError extends PlaygroundError<InputLimitErrorCode> {}
