import { describe, expect, test } from 'vitest';
import { splitSections } from './splitSections.ts';

const wrapped = (id: string, text: string) =>
  `<div class="sl-heading-wrapper level-h2"><h2 id="${id}">${text}</h2><a class="sl-anchor-link" href="#${id}">§</a></div>`;

describe('splitSections', () => {
  test('default: intro, then one section per h2 with prefixed ids and anchors', () => {
    const html = `<p>Intro</p>${wrapped('auth', 'Auth')}<p>a</p><h3 id="deep">Deep</h3>${wrapped('pay', 'Pay')}<p>b</p>`;
    const sections = splitSections(html, 'en');
    expect(sections.map((s) => s.headingId)).toEqual([null, 'en-auth', 'en-pay']);
    expect(sections[1]?.html).toContain('href="#en-auth"');
    expect(sections[1]?.html).toContain('<h3 id="en-deep">');
    expect(sections.map((s) => s.html).join('')).not.toMatch(/id="(auth|pay|deep)"/);
  });

  test('behavior: a page that opens with a heading has no empty intro', () => {
    const sections = splitSections(`${wrapped('a', 'A')}<p>x</p>`, 'zh');
    expect(sections).toHaveLength(1);
    expect(sections[0]?.headingId).toBe('zh-a');
  });

  test('behavior: bare <h2> without Starlight wrapper still splits', () => {
    const sections = splitSections('<p>i</p><h2 id="b">B</h2><p>c</p>', 'en');
    expect(sections.map((s) => s.headingId)).toEqual([null, 'en-b']);
  });

  test('behavior: an island keeps its ids, so its labels still point at its controls', () => {
    const island =
      '<astro-island uid="1" prefix="r2"><label for="_r2R_1_-token">T</label><textarea id="_r2R_1_-token"></textarea></astro-island>';
    const [section] = splitSections(`<p id="before">a</p>${island}<p id="after">b</p>`, 'en');
    expect(section?.html).toBe(`<p id="en-before">a</p>${island}<p id="en-after">b</p>`);
  });

  test('behavior: h2 inside the same wrapper is not split twice', () => {
    expect(splitSections(wrapped('only', 'Only'), 'en')).toHaveLength(1);
  });
});
