import { PlaygroundError } from '../errors.ts';

/**
 * Codes answered when an agent's tool input breaks the tool's input schema. `details.field` is the
 * dotted path at fault (`table`, `columns.0.type`, `commands.2`; `input` for the whole input).
 *
 * - `missing_input`: a required input is absent.
 * - `invalid_input_type`: an input has the wrong JSON type; `details.type` is the one expected.
 * - `unknown_input`: an input the schema does not list; `details.allowed` lists the ones it does.
 * - `invalid_option`: a value outside the input's `enum`; `details.allowed` lists the valid ones.
 */
export type ToolInputErrorCode = 'missing_input' | 'invalid_input_type' | 'unknown_input' | 'invalid_option';

/** An agent called a playground tool with input its schema does not allow. */
export class ToolInputError extends PlaygroundError<ToolInputErrorCode> {}
