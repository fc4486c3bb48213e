/**
 * What a reader did inside an island before it was live, kept in a form that can be done again once it
 * is. `Target` is the control (a DOM element in the page, anything in tests).
 * - `press`: a click on a button-like control (also what Enter and Space on a focused button produce);
 * - `value`: the text of a text field, or the option chosen in a `<select>`;
 * - `checked`: the state of a checkbox or radio button.
 */
export type ReaderAction<Target> =
  | { readonly kind: 'press'; readonly target: Target }
  | { readonly kind: 'value'; readonly target: Target; readonly value: string }
  | { readonly kind: 'checked'; readonly target: Target; readonly checked: boolean };

/**
 * Controls whose click does nothing without the island's script. Links, `<summary>`, labels, checkboxes
 * and radio buttons are left out: the browser already does what they are for.
 */
export const PRESSABLE_SELECTOR = [
  'button',
  'input[type="button"]',
  'input[type="submit"]',
  'input[type="reset"]',
  '[role="button"]:not(a[href])',
  '[role="tab"]:not(a[href])',
  '[role="switch"]',
  '[role="menuitem"]:not(a[href])',
].join(', ');

/** What a form control is, as far as deciding what to replay goes. */
export interface FieldFacts {
  /** Lower-case tag name: `input`, `textarea`, `select`… */
  readonly tag: string;
  /** The `type` of an `<input>` (lower case); ignored for other tags. */
  readonly type: string;
}

/** Input types whose value the reader types or pastes. */
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'url', 'tel', 'email', 'password', 'number']);

/**
 * How a form control's state is replayed: `value` for text fields and menus, `checked` for checkboxes
 * and radio buttons, `null` for anything else (a file picker, a range…), which is left alone.
 *
 * @example fieldKind({ tag: 'input', type: 'checkbox' }) // 'checked'
 */
export function fieldKind({ tag, type }: FieldFacts): 'value' | 'checked' | null {
  if (tag === 'textarea' || tag === 'select') return 'value';
  if (tag !== 'input') return null;
  if (type === 'checkbox' || type === 'radio') return 'checked';
  return TEXT_INPUT_TYPES.has(type) ? 'value' : null;
}

/**
 * The actions to replay, in order: every press once, in the order it happened; a field only in its last
 * state, at the place of its last change (a press between two edits saw the first one, but replaying the
 * field's final text once is what leaves the island as the reader left it).
 *
 * @example planReplay([value(a, 'x'), press(b), value(a, 'xy')]) // [press(b), value(a, 'xy')]
 */
export function planReplay<Target>(recorded: readonly ReaderAction<Target>[]): ReaderAction<Target>[] {
  const lastChange = new Map<Target, number>();
  recorded.forEach((action, index) => {
    if (action.kind !== 'press') lastChange.set(action.target, index);
  });
  return recorded.filter((action, index) => action.kind === 'press' || lastChange.get(action.target) === index);
}
