import { describe, expect, test } from 'vitest';
import en from '../../content/i18n/en.json' with { type: 'json' };
import zh from '../../content/i18n/zh-CN.json' with { type: 'json' };
import { heroPicture } from './heroPicture.ts';

describe.each([
  ['en', en],
  ['zh-CN', zh],
] as const)('heroPicture(%s)', (locale, strings) => {
  const svg = heroPicture(locale);

  test('default: an image named and described in the page’s language', () => {
    expect(svg).toMatch(/^<svg class="hero-picture" role="img" /);
    expect(svg).toContain(`<title id="hero-picture-title">${strings['hero.picture.title']}</title>`);
    expect(svg).toContain('aria-labelledby="hero-picture-title" aria-describedby="hero-picture-desc"');
  });

  test('behavior: the user in the token’s sub is the owner of the one row returned', () => {
    const sub = /"sub": "([^"]+)"/.exec(svg)?.[1];
    const returned = /<g class="hp-row hp-row-mine">.*?<text class="hp-mono"[^>]*>([^<]+)</.exec(svg)?.[1];
    expect(sub).toBeDefined();
    expect(returned).toBe(sub);
    expect(svg.match(/class="hp-row hp-row-mine"/g)).toHaveLength(1);
  });
});

test('behavior: text from the dictionaries is escaped, so the SVG stays well formed', () => {
  expect(heroPicture('en')).toContain('that user’s rows');
  expect(heroPicture('en')).not.toMatch(/<text[^>]*>[^<]*&(?!amp;|lt;|gt;|quot;|#39;)/);
});
