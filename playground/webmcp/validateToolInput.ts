import { ToolInputError } from './webmcpErrors.ts';

/**
 * The part of JSON Schema the playground tools use, and all of it that `validateToolInput` checks:
 * `type`, `enum`, `properties`, `required`, `additionalProperties: false` and `items`.
 */
export interface InputSchema {
  readonly type: 'object' | 'array' | 'string' | 'boolean';
  readonly description?: string;
  readonly enum?: readonly string[];
  readonly properties?: Readonly<Record<string, InputSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: false;
  readonly items?: InputSchema;
}

/**
 * Checks an agent's input against a tool's schema before the tool runs, so a mistake comes back as
 * a coded error naming the field rather than as a failure deep inside the tool. Browsers that
 * implement WebMCP may validate too; a stand-in or an older implementation may not.
 *
 * @throws {ToolInputError} `missing_input`, `invalid_input_type`, `unknown_input` or `invalid_option`,
 *   with `details.field` the dotted path at fault.
 * @example
 * validateToolInput({ table: 'notes', commands: ['select', 'merge'] }, schema);
 * // throws ToolInputError('invalid_option', …, { field: 'commands.1', value: 'merge', allowed: 'select, insert, …' })
 */
export function validateToolInput(value: unknown, schema: InputSchema, path = ''): void {
  const field = path === '' ? 'input' : path;
  const wrongType = () =>
    new ToolInputError('invalid_input_type', `${field} must be of type ${schema.type}`, { field, type: schema.type });
  switch (schema.type) {
    case 'string':
      if (typeof value !== 'string') throw wrongType();
      if (schema.enum && !schema.enum.includes(value)) {
        const allowed = schema.enum.join(', ');
        throw new ToolInputError('invalid_option', `${field}: ${value} is not one of ${allowed}`, {
          field,
          value,
          allowed,
        });
      }
      return;
    case 'boolean':
      if (typeof value !== 'boolean') throw wrongType();
      return;
    case 'array':
      if (!Array.isArray(value)) throw wrongType();
      value.forEach((item, index) => {
        if (schema.items) validateToolInput(item, schema.items, join(path, String(index)));
      });
      return;
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw wrongType();
      const properties = schema.properties ?? {};
      const entries = value as Record<string, unknown>;
      for (const name of schema.required ?? []) {
        if (entries[name] === undefined) {
          throw new ToolInputError('missing_input', `${join(path, name)} is required`, { field: join(path, name) });
        }
      }
      for (const [name, item] of Object.entries(entries)) {
        if (item === undefined) continue;
        const property = properties[name];
        if (property) validateToolInput(item, property, join(path, name));
        else if (schema.additionalProperties === false) {
          const allowed = Object.keys(properties).join(', ');
          throw new ToolInputError('unknown_input', `${join(path, name)} is not an input of this tool`, {
            field: join(path, name),
            allowed,
          });
        }
      }
    }
  }
}

function join(path: string, name: string): string {
  return path === '' ? name : `${path}.${name}`;
}
