/** A heading on the page and where it sits relative to the top of the viewport, in CSS pixels. */
export interface HeadingPosition {
  readonly id: string;
  readonly top: number;
}

export interface Viewport {
  readonly height: number;
  /** The page is scrolled to its end: short last sections never reach the top. */
  readonly atEnd: boolean;
  /** The id the address names (`location.hash` without `#`), if any. */
  readonly hash: string;
}

/** How far down the viewport a heading may be and still open the section being read. */
const READING_LINE = 1 / 3;

/**
 * The id of the section the reader is reading: the last heading (in page order) above the upper third
 * of the viewport. The heading the address names wins while it is on screen; at the end of the page,
 * the last heading on screen does. `undefined` when the reader is still above the first heading.
 *
 * @example
 * sectionInView([{ id: 'setup', top: -400 }, { id: 'sql', top: 120 }, { id: 'env', top: 700 }], { height: 844, atEnd: false, hash: '' });
 * // 'sql'
 */
export function sectionInView(headings: readonly HeadingPosition[], viewport: Viewport): string | undefined {
  const onScreen = (h: HeadingPosition) => h.top >= 0 && h.top < viewport.height;
  const named = headings.find((h) => h.id === viewport.hash);
  if (named && onScreen(named)) return named.id;
  const line = viewport.atEnd ? viewport.height : viewport.height * READING_LINE;
  return headings.findLast((h) => h.top < line)?.id;
}
