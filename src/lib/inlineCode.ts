const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML (and SVG) content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/**
 * `text` as a code span of catalog prose, for facts that components put into a sentence.
 *
 * @example
 * codeSpan(196); // '`196`'
 */
export function codeSpan(text: string | number): string {
  return `\`${text}\``;
}

/**
 * Turns catalog prose into safe HTML: everything is escaped, and `backticked` spans become
 * `<code>`. It is the only markup catalog text may use.
 *
 * @example
 * inlineCode('Use `TEXT` <b>'); // 'Use <code>TEXT</code> &lt;b&gt;'
 */
export function inlineCode(text: string): string {
  return text
    .split('`')
    .map((part, i) => (i % 2 === 1 ? `<code>${escapeHtml(part)}</code>` : escapeHtml(part)))
    .join('');
}
