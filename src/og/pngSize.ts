const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * The pixel size a PNG declares in its IHDR chunk, which the format puts first, right after the signature.
 * Throws on bytes that are not a PNG.
 * @example pngSize(await readFile('dist/og/index.png')) // { width: 1200, height: 630 }
 */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const isPng = bytes.length >= 24 && SIGNATURE.every((b, i) => bytes[i] === b);
  if (!isPng || new TextDecoder().decode(bytes.subarray(12, 16)) !== 'IHDR') throw new Error('Not a PNG image');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
