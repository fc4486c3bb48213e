import { fieldKind, PRESSABLE_SELECTOR, planReplay, type ReaderAction } from './planReplay.ts';

/** What the directive does with the actions it records: stop recording presses, then replay everything. */
export interface ReaderActionRecorder {
  /**
   * From now on React listens on the island too. Presses are still recorded and kept from React until
   * the replay, so a press replays after the choices made before it (a Pay after its mistake radio).
   */
  holdPresses(): void;
  /** Stops recording and makes each recorded action take effect once, then puts the focus back. */
  replay(): Promise<void>;
}

type FormField = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * Records, in the capture phase, what a reader does inside `island` while its script loads and React
 * hydrates: presses on buttons, text typed or pasted, menus and boxes changed, and where the focus went.
 * Nothing is prevented: the browser goes on doing what it does without the island's script.
 */
export function recordReaderActions(island: HTMLElement): ReaderActionRecorder {
  const recorded: ReaderAction<HTMLElement>[] = [];
  let holdingPresses = false;
  let focused: HTMLElement | null = null;

  const onClick = (event: Event) => {
    if (!(event.target instanceof Element)) return;
    const pressed = event.target.closest<HTMLElement>(PRESSABLE_SELECTOR);
    if (!pressed || !island.contains(pressed)) return;
    recorded.push({ kind: 'press', target: pressed });
    // React's own listener on the island comes after this one: it would run the press at hydration,
    // before the replay has restored the choices made ahead of it.
    if (holdingPresses) event.stopImmediatePropagation();
  };
  const onEdit = (event: Event) => {
    const field = event.target;
    if (!isFormField(field)) return;
    const kind = fieldKind({ tag: field.localName, type: field instanceof HTMLInputElement ? field.type : '' });
    if (kind === 'value') recorded.push({ kind, target: field, value: field.value });
    if (kind === 'checked' && field instanceof HTMLInputElement)
      recorded.push({ kind, target: field, checked: field.checked });
  };
  const onFocus = (event: Event) => {
    if (event.target instanceof HTMLElement) focused = event.target;
  };
  const listeners = [
    ['click', onClick],
    ['input', onEdit],
    ['change', onEdit],
    ['focusin', onFocus],
  ] as const;
  for (const [type, listener] of listeners) island.addEventListener(type, listener, { capture: true });

  return {
    holdPresses() {
      holdingPresses = true;
    },
    async replay() {
      for (const [type, listener] of listeners) island.removeEventListener(type, listener, { capture: true });
      const actions = planReplay(recorded);
      recorded.length = 0;
      for (const action of actions) {
        // React may have replaced an element it did not like; what the reader did there is gone with it.
        if (island.contains(action.target)) perform(action);
        // One task per action, as the reader's were: React renders what one did before the next reads it
        // (a Pay handler reads the mistake chosen just before).
        await nextTask();
      }
      if (focused) keepFocus(island, focused);
    },
  };
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

/**
 * If hydration replaced the element the reader had focused, the focus fell to the page: give it to the
 * element that took its place (same `id`). Otherwise the focus is where the reader put it; leave it.
 */
function keepFocus(island: HTMLElement, focused: HTMLElement) {
  if (focused.isConnected || !focused.id || document.activeElement !== document.body) return;
  island.querySelector<HTMLElement>(`#${CSS.escape(focused.id)}`)?.focus({ preventScroll: true });
}

function isFormField(target: EventTarget | null): target is FormField {
  return (
    target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement
  );
}

function perform(action: ReaderAction<HTMLElement>) {
  const { target } = action;
  if (action.kind === 'press') target.click();
  else if (action.kind === 'checked' && target instanceof HTMLInputElement) setChecked(target, action.checked);
  else if (action.kind === 'value' && target instanceof HTMLSelectElement) setChoice(target, action.value);
  else if (action.kind === 'value' && (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement))
    setText(target, action.value);
}

/** A menu: React reads a `<select>` from its `change` event, whatever the value was before. */
function setChoice(select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * A text field. React keeps what was typed before it hydrated in the DOM but not in its state, and it
 * fires `onChange` only for a value that differs from the last one it saw. So the field is first set
 * through its own `value` property (React watches that one, and now believes the field holds something
 * else), then to the reader's text through the prototype's setter, which React does not watch; the
 * `input` event that follows is then a change to React.
 */
function setText(field: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setNativeValue = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  if (!setNativeValue) return;
  const caret = document.activeElement === field ? selectionOf(field) : null;
  field.value = value === '' ? ' ' : '';
  setNativeValue.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
  if (caret) field.setSelectionRange(caret.start, caret.end, caret.direction);
}

/** Where the caret is, or `null` for fields without one (`email`, `number`). */
function selectionOf(field: HTMLInputElement | HTMLTextAreaElement) {
  const { selectionStart: start, selectionEnd: end, selectionDirection } = field;
  return start === null || end === null ? null : { start, end, direction: selectionDirection ?? undefined };
}

/**
 * A checkbox or radio button: React hears them through `click`. The box is set to the opposite through
 * its own `checked` property (which React watches), then clicked, which turns it to the reader's state.
 */
function setChecked(box: HTMLInputElement, checked: boolean) {
  box.checked = !checked;
  box.click();
}
