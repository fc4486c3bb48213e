/** The id of the head's JSON that maps a page's heading ids to its twin's (see `routeData/headingTwins.ts`). */
export const HEADING_TWINS_ID = 'heading-twins';

/** A heading as Astro's `render()` reports it. */
export interface Heading {
  readonly depth: number;
  readonly slug: string;
}

/**
 * Pairs each heading id of a page with the id of the same heading in its twin, in page order. Twins share one heading
 * skeleton (a content test checks), so headings pair by position, as the compare view pairs sections;
 * pairing stops where the skeletons part, so a drifted translation never sends a reader to the wrong place.
 *
 * @example
 * pairHeadings([{ depth: 2, slug: 'setup' }], [{ depth: 2, slug: '设置' }]); // [['setup', '设置']]
 */
export function pairHeadings(page: readonly Heading[], twin: readonly Heading[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [i, heading] of page.entries()) {
    const other = twin[i];
    if (other?.depth !== heading.depth) break;
    pairs.push([heading.slug, other.slug]);
  }
  return pairs;
}
