// @ts-check
/** The middle value of `values` (the upper one of an even count), or 0 for none. @param {number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
