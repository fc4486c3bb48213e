import { describe, expect, test } from 'vitest';
import { type InputSchema, validateToolInput } from './validateToolInput.ts';
import { ToolInputError } from './webmcpErrors.ts';

const SCHEMA: InputSchema = {
  type: 'object',
  properties: {
    table: { type: 'string' },
    pattern: { type: 'string', enum: ['owner-only', 'public-read'] },
    index: { type: 'boolean' },
    columns: {
      type: 'array',
      items: {
        type: 'object',
        properties: { name: { type: 'string' }, type: { type: 'string', enum: ['text', 'uuid'] } },
        required: ['name'],
        additionalProperties: false,
      },
    },
  },
  required: ['table'],
  additionalProperties: false,
};

describe('validateToolInput', () => {
  test.each([
    // Only what is required.
    { table: 'notes' },
    // Every kind of input, nested ones included.
    {
      table: 'notes',
      pattern: 'public-read',
      index: false,
      columns: [{ name: 'title', type: 'uuid' }, { name: 'body' }],
    },
    // An input set to undefined counts as absent, as it would after JSON.
    { table: 'notes', pattern: undefined },
  ])('default: accepts %j', (input) => {
    expect(() => validateToolInput(input, SCHEMA)).not.toThrow();
  });

  test.each([
    [[], 'invalid_input_type', { field: 'input', type: 'object' }],
    [{}, 'missing_input', { field: 'table' }],
    [{ table: 7 }, 'invalid_input_type', { field: 'table', type: 'string' }],
    [{ table: 'notes', index: 'yes' }, 'invalid_input_type', { field: 'index', type: 'boolean' }],
    [{ table: 'notes', columns: {} }, 'invalid_input_type', { field: 'columns', type: 'array' }],
    [
      { table: 'notes', pattern: 'anyone' },
      'invalid_option',
      { field: 'pattern', value: 'anyone', allowed: 'owner-only, public-read' },
    ],
    [{ table: 'notes', columns: [{ name: 'a' }, { type: 'text' }] }, 'missing_input', { field: 'columns.1.name' }],
    [
      { table: 'notes', columns: [{ name: 'a', type: 'money' }] },
      'invalid_option',
      { field: 'columns.0.type', value: 'money' },
    ],
    [{ table: 'notes', owner: 'me' }, 'unknown_input', { field: 'owner', allowed: 'table, pattern, index, columns' }],
    [{ table: 'notes', columns: [{ name: 'a', size: 3 }] }, 'unknown_input', { field: 'columns.0.size' }],
  ])('error: %j is refused with %s', (input, code, details) => {
    const error = catchError(() => validateToolInput(input, SCHEMA));
    expect(error).toBeInstanceOf(ToolInputError);
    expect(error).toMatchObject({ code, details });
  });
});

function catchError(step: () => void): unknown {
  try {
    step();
  } catch (error) {
    return error;
  }
  return undefined;
}
