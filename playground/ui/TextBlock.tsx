/**
 * A captioned block of monospace text — JSON, a raw HTTP exchange — that scrolls on its own and can
 * be reached by keyboard to do so.
 */
export function TextBlock({ title, text }: { title: string; text: string }) {
  return (
    <figure className="pg-json">
      <figcaption>{title}</figcaption>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable block must be reachable by keyboard. */}
      <pre className="pg-mono" tabIndex={0}>
        {text}
      </pre>
    </figure>
  );
}
