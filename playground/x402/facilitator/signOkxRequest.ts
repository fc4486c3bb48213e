import { decodeBase64Bytes, encodeBase64Bytes } from '../wire/utf8Base64.ts';

/** The four headers OKX's Web3 API authenticates a request with. */
export const OKX_AUTH_HEADERS = {
  key: 'OK-ACCESS-KEY',
  sign: 'OK-ACCESS-SIGN',
  passphrase: 'OK-ACCESS-PASSPHRASE',
  timestamp: 'OK-ACCESS-TIMESTAMP',
} as const;

/** What OKX signs: the request line and body, exactly as sent. */
export interface OkxSignedRequest {
  /** ISO 8601 with milliseconds, e.g. `2026-01-01T00:00:00.000Z` (`new Date().toISOString()`). */
  timestamp: string;
  /** Upper-case HTTP method. */
  method: string;
  /** Path from `/api/…` with any query string, no host. */
  requestPath: string;
  /** The exact JSON text sent; empty for GET. */
  body: string;
}

const utf8 = new TextEncoder();

function hmacKey(secretKey: string, usage: 'sign' | 'verify'): Promise<CryptoKey> {
  return globalThis.crypto.subtle.importKey('raw', utf8.encode(secretKey), { name: 'HMAC', hash: 'SHA-256' }, false, [
    usage,
  ]);
}

const prehash = ({ timestamp, method, requestPath, body }: OkxSignedRequest) =>
  utf8.encode(`${timestamp}${method.toUpperCase()}${requestPath}${body}`);

/**
 * Computes `OK-ACCESS-SIGN`: base64(HMAC-SHA256(secret, timestamp + METHOD + requestPath + body)),
 * with Web Crypto so it runs in the browser and in Node alike.
 *
 * @example
 * await signOkxRequest('test-secret', {
 *   timestamp: '2026-01-01T00:00:00.000Z', method: 'POST', requestPath: '/api/v6/x402/verify',
 *   body: '{"x402Version":1,"chainIndex":"196","paymentPayload":{},"paymentRequirements":{}}',
 * }); // 'jwcXi50kgCh7K9RzCQTzQLH34Sn284bJpZTQkdsjtkg='
 */
export async function signOkxRequest(secretKey: string, request: OkxSignedRequest): Promise<string> {
  const mac = await globalThis.crypto.subtle.sign('HMAC', await hmacKey(secretKey, 'sign'), prehash(request));
  return encodeBase64Bytes(new Uint8Array(mac));
}

/**
 * Checks an `OK-ACCESS-SIGN` value in constant time (Web Crypto's HMAC verify). A value that is not
 * base64 is simply not a match.
 *
 * @example
 * await verifyOkxSignature('test-secret', request, headers.get('OK-ACCESS-SIGN') ?? ''); // true or false
 */
export async function verifyOkxSignature(secretKey: string, request: OkxSignedRequest, sign: string): Promise<boolean> {
  let mac: Uint8Array<ArrayBuffer>;
  try {
    mac = decodeBase64Bytes(sign);
  } catch {
    return false;
  }
  return globalThis.crypto.subtle.verify('HMAC', await hmacKey(secretKey, 'verify'), mac, prehash(request));
}

/**
 * Builds the four `OK-ACCESS-*` headers for a request, as the InsForge guide's server sends them.
 * Runs wherever the secret already is — a server, or the playground's local-only form.
 *
 * @example
 * const body = JSON.stringify({ x402Version: 1, chainIndex: '196', paymentPayload, paymentRequirements });
 * const headers = await okxAuthHeaders(credentials, { method: 'POST', requestPath: '/api/v6/x402/verify', body });
 */
export async function okxAuthHeaders(
  credentials: { apiKey: string; secretKey: string; passphrase: string },
  request: Omit<OkxSignedRequest, 'timestamp'>,
  now: Date = new Date(),
): Promise<Record<string, string>> {
  const timestamp = now.toISOString();
  return {
    [OKX_AUTH_HEADERS.key]: credentials.apiKey,
    [OKX_AUTH_HEADERS.sign]: await signOkxRequest(credentials.secretKey, { ...request, timestamp }),
    [OKX_AUTH_HEADERS.passphrase]: credentials.passphrase,
    [OKX_AUTH_HEADERS.timestamp]: timestamp,
  };
}
