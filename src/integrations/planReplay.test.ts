import { describe, expect, test } from 'vitest';
import { fieldKind, PRESSABLE_SELECTOR, planReplay, type ReaderAction } from './planReplay.ts';

const press = (target: string): ReaderAction<string> => ({ kind: 'press', target });
const value = (target: string, text: string): ReaderAction<string> => ({ kind: 'value', target, value: text });
const checked = (target: string, on: boolean): ReaderAction<string> => ({ kind: 'checked', target, checked: on });

describe('planReplay', () => {
  test('default: nothing recorded, nothing to do', () => {
    expect(planReplay([])).toEqual([]);
  });

  test('behavior: every press happens once, in order, even twice on the same button', () => {
    expect(planReplay([press('load'), press('add'), press('add')])).toEqual([
      press('load'),
      press('add'),
      press('add'),
    ]);
  });

  test('behavior: a field is replayed once, in its last state, where it last changed', () => {
    expect(
      planReplay([value('table', 't'), value('table', 'to'), press('add'), value('table', 'todos'), press('run')]),
    ).toEqual([press('add'), value('table', 'todos'), press('run')]);
  });

  test('behavior: fields are told apart by their element, not by their value', () => {
    expect(planReplay([checked('index', false), checked('grants', false), checked('index', true)])).toEqual([
      checked('grants', false),
      checked('index', true),
    ]);
  });
});

describe('fieldKind', () => {
  test.each([
    // what the reader types or pastes
    ['textarea', '', 'value'],
    ['input', 'text', 'value'],
    ['input', 'search', 'value'],
    ['input', 'email', 'value'],
    // a menu: the chosen option's value
    ['select', '', 'value'],
    // boxes: their checked state
    ['input', 'checkbox', 'checked'],
    ['input', 'radio', 'checked'],
    // no state to carry over: the browser alone handles these, or the script cannot set them
    ['input', 'file', null],
    ['input', 'button', null],
    ['button', '', null],
  ] as const)('%s %s → %s', (tag, type, kind) => {
    expect(fieldKind({ tag, type })).toBe(kind);
  });
});

describe('PRESSABLE_SELECTOR', () => {
  test('names buttons and button-like roles, never links, labels or boxes', () => {
    const parts = PRESSABLE_SELECTOR.split(', ');
    expect(parts).toContain('button');
    expect(parts).toContain('[role="tab"]:not(a[href])');
    for (const part of parts) expect(part).not.toMatch(/^(a|label|summary|input\[type="(checkbox|radio)"\])\b/);
  });
});
