import { expect, test } from 'vitest';
import { pngSize } from './pngSize.ts';

/** The first 24 bytes of a PNG: signature, IHDR length and type, width, height. */
const header = (width: number, height: number, type = 'IHDR') => {
  const bytes = new Uint8Array(24);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  bytes.set(new TextEncoder().encode(type), 12);
  new DataView(bytes.buffer).setUint32(16, width);
  new DataView(bytes.buffer).setUint32(20, height);
  return bytes;
};

test('default: width and height from IHDR', () => {
  expect(pngSize(header(1200, 630))).toEqual({ width: 1200, height: 630 });
});

test('behavior: reads a PNG that starts inside a larger buffer', () => {
  const buffer = new Uint8Array(40);
  buffer.set(header(70000, 1), 16);
  expect(pngSize(buffer.subarray(16))).toEqual({ width: 70000, height: 1 });
});

test.each([
  // an HTML error page served in place of an image
  ['not a PNG', new TextEncoder().encode('<!doctype html><html><body>404</body></html>')],
  // a PNG cut off before its size
  ['truncated', header(1, 1).subarray(0, 20)],
  // a signature followed by some other chunk
  ['no IHDR first', header(1, 1, 'IDAT')],
])('error: %s', (_name, bytes) => {
  expect(() => pngSize(bytes)).toThrow('Not a PNG image');
});
