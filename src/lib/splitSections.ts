/** One section of a rendered page: the HTML from one `<h2>` up to the next (the intro has none). */
export interface Section {
  /** The `<h2>`'s id, or `null` for the part before the first heading. */
  readonly headingId: string | null;
  readonly html: string;
}

// Starlight wraps each heading in `<div class="sl-heading-wrapper level-h2">`; a bare `<h2` is
// the fallback for markup rendered without its heading-links plugin.
const WRAPPED_H2 = /<div class="sl-heading-wrapper level-h2[^"]*">/g;
const BARE_H2 = /<h2[\s>]/g;
const ID_ATTR = /\sid="([^"]*)"/g;
const FRAGMENT_HREF = /\shref="#([^"]*)"/g;
/** An island's ids are unique already (React prefixes them per island) and its labels point at them: leave it whole. */
const ISLAND = /(<astro-island[\s>][\s\S]*?<\/astro-island>)/;

/**
 * Cuts rendered page HTML into sections at each `<h2>` and gives every `id` (and every in-page
 * `href="#…"`) a prefix, so two languages can sit side by side on one page without clashing ids.
 * Islands (`<astro-island>`) are left untouched: their ids are unique per island already.
 *
 * @example
 * splitSections('<p>a</p><h2 id="x">X</h2><p>b</p>', 'en');
 * // [{ headingId: null, html: '<p>a</p>' }, { headingId: 'en-x', html: '<h2 id="en-x">X</h2><p>b</p>' }]
 */
export function splitSections(html: string, idPrefix: string): Section[] {
  const h2Start = html.includes('sl-heading-wrapper level-h2') ? WRAPPED_H2 : BARE_H2;
  const starts = [...html.matchAll(h2Start)].map((m) => m.index);
  const bounds = [0, ...starts.filter((i) => i > 0), html.length];
  const sections: Section[] = [];
  for (let i = 0; i < bounds.length - 1; i++) {
    const raw = html.slice(bounds[i], bounds[i + 1]);
    // Splitting on a capturing group keeps the islands at the odd indexes.
    const prefixed = raw
      .split(ISLAND)
      .map((part, index) =>
        index % 2 === 1
          ? part
          : part
              .replace(ID_ATTR, (_, id: string) => ` id="${idPrefix}-${id}"`)
              .replace(FRAGMENT_HREF, (_, id: string) => ` href="#${idPrefix}-${id}"`),
      )
      .join('');
    const isHeading = i > 0 || starts[0] === 0;
    const headingId = isHeading ? (/<h2[^>]*\sid="([^"]*)"/.exec(prefixed)?.[1] ?? null) : null;
    if (isHeading || raw.trim() !== '') sections.push({ headingId, html: prefixed });
  }
  return sections;
}
