import type { MockFacilitator } from '../playground/x402/facilitator/createMockFacilitator.ts';
import { OKX_AUTH_HEADERS, verifyOkxSignature } from '../playground/x402/facilitator/signOkxRequest.ts';
import { X402FormatError } from '../playground/x402/wire/x402Errors.ts';
import type { JsonObject } from '../playground/x402/wire/x402Types.ts';
import { jsonResponse, parseJsonBody } from './parseJsonBody.ts';
import type { RouteTable } from './routeRequest.ts';

/** OKX Web3 API credentials. When set, every OKX route demands the four `OK-ACCESS-*` headers. */
export interface OkxCredentials {
  apiKey: string;
  secretKey: string;
  passphrase: string;
}

export interface OkxRouteOptions {
  facilitator: MockFacilitator;
  credentials?: OkxCredentials;
  /** Unix milliseconds, for the timestamp window. */
  nowMs: () => number;
}

/**
 * Error codes as OKX answers them. 50014 and 50114 are the ones the InsForge guide names; 51000
 * ("Parameter … error") is OKX's generic bad-parameter code and stands in for any other malformed body.
 */
export const OKX_ERRORS = {
  chainIndex: { code: '50014', msg: 'chainIndex not empty or should be numeric', status: 400 },
  authority: { code: '50114', msg: 'Invalid Authority', status: 401 },
  parameter: { code: '51000', msg: 'Parameter error', status: 400 },
} as const;

/** Requests signed further than this from the server clock are refused (OKX's window is 30 s). */
const TIMESTAMP_WINDOW_MS = 30_000;

/** The guide's API answers `data` as an array; the official SDK's v2 API answers an object. */
type Envelope = 'array' | 'object';

function okxError(
  error: (typeof OKX_ERRORS)[keyof typeof OKX_ERRORS],
  envelope: Envelope,
  extra: JsonObject = {},
): Response {
  return jsonResponse(error.status, {
    code: error.code,
    msg: error.msg,
    data: envelope === 'array' ? [] : null,
    ...extra,
  });
}

const ok = (data: unknown) => jsonResponse(200, { code: '0', msg: '', data });

/**
 * Checks the four `OK-ACCESS-*` headers against the configured credentials. Returns why a request
 * fails, in words that name no secret, or `undefined` when it passes.
 */
async function authProblem(
  request: Request,
  body: string,
  credentials: OkxCredentials,
  nowMs: number,
): Promise<string | undefined> {
  const header = (name: string) => request.headers.get(name) ?? '';
  const [key, sign, passphrase, timestamp] = [
    header(OKX_AUTH_HEADERS.key),
    header(OKX_AUTH_HEADERS.sign),
    header(OKX_AUTH_HEADERS.passphrase),
    header(OKX_AUTH_HEADERS.timestamp),
  ];
  if (key === '' || sign === '' || passphrase === '' || timestamp === '') {
    return 'all four OK-ACCESS-* headers are required';
  }
  if (key !== credentials.apiKey) return 'unknown OK-ACCESS-KEY (an exchange API key is not a Web3 API key)';
  if (passphrase !== credentials.passphrase) return 'wrong OK-ACCESS-PASSPHRASE';
  const signedAt = Date.parse(timestamp);
  if (Number.isNaN(signedAt) || Math.abs(nowMs - signedAt) > TIMESTAMP_WINDOW_MS) {
    return 'OK-ACCESS-TIMESTAMP is not an ISO time within 30 s of the server clock';
  }
  const url = new URL(request.url);
  const signed = { timestamp, method: request.method, requestPath: url.pathname + url.search, body };
  if (!(await verifyOkxSignature(credentials.secretKey, signed, sign))) {
    return 'OK-ACCESS-SIGN is not base64(HMAC-SHA256(secret, timestamp + METHOD + requestPath + body))';
  }
  return undefined;
}

const CHAIN_INDEX = /^[1-9]\d*$/;

function readChainIndex(body: JsonObject): string | undefined {
  const value = body.chainIndex;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return String(value);
  return typeof value === 'string' && CHAIN_INDEX.test(value) ? value : undefined;
}

/**
 * The OKX-shaped facilitator routes, answering with OKX's `{ code, msg, data }` envelope:
 *
 * - `POST /api/v6/x402/verify|settle` — as the InsForge guide calls it: body
 *   `{ x402Version, chainIndex, paymentPayload, paymentRequirements }` (settle adds `syncSettle`),
 *   `data` an array of one item (`isValid/invalidReason/payer`, `success/txHash/errorReason/payer`);
 *   a missing or non-numeric `chainIndex` is OKX's 50014.
 * - `GET /api/v6/pay/x402/supported`, `POST /api/v6/pay/x402/verify|settle` — as the official OKX SDK
 *   describes its v2 API: no `chainIndex`, `data` an object, settle adds `status`. This mock settles
 *   synchronously, so `status` is `success` whatever `syncSettle` says.
 *
 * With credentials configured, a request whose `OK-ACCESS-*` headers do not check out gets 401 with
 * OKX's 50114 `Invalid Authority` (OKX uses finer codes for some cases; the mock adds a `mockDetail`
 * sentence saying which check failed, never a secret).
 *
 * @example
 * const routes = createOkxRoutes({ facilitator, nowMs: Date.now });
 * await routes['/api/v6/x402/verify']?.post?.(request);
 */
export function createOkxRoutes({ facilitator, credentials, nowMs }: OkxRouteOptions): RouteTable {
  /** Reads, authenticates and parses an OKX request, or answers the failure. */
  async function openRequest(request: Request, envelope: Envelope): Promise<JsonObject | Response> {
    const text = await request.text();
    if (credentials !== undefined) {
      const problem = await authProblem(request, text, credentials, nowMs());
      if (problem !== undefined) return okxError(OKX_ERRORS.authority, envelope, { mockDetail: problem });
    }
    if (request.method === 'GET') return {};
    const body = parseJsonBody(text);
    if (!body.ok) return okxError(OKX_ERRORS.parameter, envelope, { msg: `Parameter body error: ${body.problem}` });
    return body.value;
  }

  /** Runs a facilitator call, turning a malformed payment into OKX's parameter error. */
  async function call<T>(envelope: Envelope, run: () => Promise<T>): Promise<T | Response> {
    try {
      return await run();
    } catch (error) {
      if (!(error instanceof X402FormatError)) throw error;
      const field = String(error.details.field ?? 'body');
      return okxError(OKX_ERRORS.parameter, envelope, { msg: `Parameter ${field} error` });
    }
  }

  function guideRoute(operation: 'verify' | 'settle') {
    return async (request: Request): Promise<Response> => {
      const body = await openRequest(request, 'array');
      if (body instanceof Response) return body;
      const chainIndex = readChainIndex(body);
      if (chainIndex === undefined) return okxError(OKX_ERRORS.chainIndex, 'array');
      const network = `eip155:${chainIndex}`;
      const args = [body.paymentPayload, body.paymentRequirements, { network }] as const;
      if (operation === 'verify') {
        const verdict = await call('array', () => facilitator.verify(...args));
        if (verdict instanceof Response) return verdict;
        return ok([{ isValid: verdict.isValid, invalidReason: verdict.invalidReason ?? null, payer: verdict.payer }]);
      }
      const settlement = await call('array', () => facilitator.settle(...args));
      if (settlement instanceof Response) return settlement;
      return ok([
        {
          success: settlement.success,
          txHash: settlement.transaction,
          errorReason: settlement.errorReason ?? null,
          payer: settlement.payer,
        },
      ]);
    };
  }

  function sdkRoute(operation: 'verify' | 'settle') {
    return async (request: Request): Promise<Response> => {
      const body = await openRequest(request, 'object');
      if (body instanceof Response) return body;
      if (operation === 'verify') {
        const verdict = await call('object', () => facilitator.verify(body.paymentPayload, body.paymentRequirements));
        return verdict instanceof Response ? verdict : ok(verdict);
      }
      const settlement = await call('object', () => facilitator.settle(body.paymentPayload, body.paymentRequirements));
      if (settlement instanceof Response) return settlement;
      return ok(settlement.success ? { ...settlement, status: 'success' } : settlement);
    };
  }

  return {
    '/api/v6/x402/verify': { post: guideRoute('verify') },
    '/api/v6/x402/settle': { post: guideRoute('settle') },
    '/api/v6/pay/x402/supported': {
      get: async (request) => {
        const opened = await openRequest(request, 'object');
        return opened instanceof Response ? opened : ok(facilitator.supported());
      },
    },
    '/api/v6/pay/x402/verify': { post: sdkRoute('verify') },
    '/api/v6/pay/x402/settle': { post: sdkRoute('settle') },
  };
}
