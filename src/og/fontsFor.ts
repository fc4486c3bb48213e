import { createRequire } from 'node:module';
import inter from '@fontsource/inter/unicode.json';
import notoSansSc from '@fontsource/noto-sans-sc/unicode.json';

/** The weights the card uses: regular for the description, bold for the title and labels. */
export const WEIGHTS = [400, 700] as const;
export type Weight = (typeof WEIGHTS)[number];

/**
 * One subset file of one weight. satori keeps one font per name and weight, so each subset gets a name of
 * its own (`noto-sans-sc-117`); the card names no family and satori tries the fonts in the order given.
 */
export interface FontFile {
  readonly name: string;
  readonly weight: Weight;
  /** Absolute path of the `.woff` file in node_modules. */
  readonly path: string;
}

interface Subset {
  readonly packageName: string;
  /** The package's file prefix (`inter-latin`, `noto-sans-sc-117`). */
  readonly prefix: string;
  readonly ranges: readonly (readonly [number, number])[];
}

/**
 * Parses a CSS `unicode-range` value (`U+0000-00FF,U+0131`) into inclusive code point ranges.
 * @example parseUnicodeRange('U+41-5A,U+61') // [[0x41, 0x5a], [0x61, 0x61]]
 */
export function parseUnicodeRange(value: string): [number, number][] {
  return value.split(',').map((part) => {
    const [lo = '', hi = lo] = part.trim().replace(/^U\+/i, '').split('-');
    return [Number.parseInt(lo, 16), Number.parseInt(hi, 16)];
  });
}

/** Fontsource packages ship one file per `unicode-range` subset; `unicode.json` names them (`[117]`, `latin`). */
function subsets(packageName: string, id: string, table: Record<string, string>): Subset[] {
  return Object.entries(table).map(([key, range]) => ({
    packageName,
    prefix: `${id}-${key.replace(/[[\]]/g, '')}`,
    ranges: parseUnicodeRange(range),
  }));
}

/** Inter first, so Latin text on a Chinese card looks like Latin text on an English one. */
const SUBSETS: readonly Subset[] = [
  ...subsets('@fontsource/inter', 'inter', inter),
  ...subsets('@fontsource/noto-sans-sc', 'noto-sans-sc', notoSansSc),
];

const require = createRequire(import.meta.url);

/**
 * The font subsets that draw `text`: for each character, the first subset (Inter, then Noto Sans SC)
 * whose `unicode-range` holds it, in both weights — and the characters no subset holds, which would
 * render as tofu. Loading only these keeps the font data for all of the site's cards under 1 MB, of the packages' 80 MB.
 * @example fontsFor('InsForge 集成').fonts.map((f) => f.path.split('/').at(-1)) // inter-latin-400-normal.woff, …
 */
export function fontsFor(text: string): { fonts: FontFile[]; missing: string[] } {
  const used = new Set<Subset>();
  const missing = new Set<string>();
  for (const char of new Set(text)) {
    if (/\s/.test(char)) continue;
    const code = char.codePointAt(0) ?? 0;
    const subset = SUBSETS.find((s) => s.ranges.some(([lo, hi]) => code >= lo && code <= hi));
    if (subset) used.add(subset);
    else missing.add(char);
  }
  const fonts = SUBSETS.filter((s) => used.has(s)).flatMap((s) =>
    WEIGHTS.map((weight) => ({
      name: s.prefix,
      weight,
      path: require.resolve(`${s.packageName}/files/${s.prefix}-${weight}-normal.woff`),
    })),
  );
  return { fonts, missing: [...missing] };
}
