/** Names of a token's parts: a JWS has three, a JWE five; `token` is the whole when no part is at fault. */
export const SEGMENTS = {
  token: 'jwt.segment.token',
  header: 'jwt.segment.header',
  payload: 'jwt.segment.payload',
  signature: 'jwt.segment.signature',
  key: 'jwt.segment.key',
  iv: 'jwt.segment.iv',
  ciphertext: 'jwt.segment.ciphertext',
  tag: 'jwt.segment.tag',
} as const;

type Segment = keyof typeof SEGMENTS;

/** The name of the part an error points at (a `segment` detail), or undefined for one this list lacks. */
export function segmentKey(segment: string): (typeof SEGMENTS)[Segment] | undefined {
  return Object.hasOwn(SEGMENTS, segment) ? SEGMENTS[segment as Segment] : undefined;
}

/** The parts of a signed token (JWS), in the order they are written. */
export const JWS_PARTS: readonly Segment[] = ['header', 'payload', 'signature'];
/** The parts of an encrypted token (JWE), in the order they are written. */
export const JWE_PARTS: readonly Segment[] = ['header', 'key', 'iv', 'ciphertext', 'tag'];
