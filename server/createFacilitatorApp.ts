import { type Eip3009Token, formatUsdg } from '../playground/catalog/chains.ts';
import { createMockFacilitator, type MockFacilitator } from '../playground/x402/facilitator/createMockFacilitator.ts';
import { OKX_AUTH_HEADERS } from '../playground/x402/facilitator/signOkxRequest.ts';
import { createDemoMerchant } from '../playground/x402/server/createDemoMerchant.ts';
import { PAYMENT_HEADERS } from '../playground/x402/wire/paymentHeaders.ts';
import { X402FacilitatorError, X402FormatError } from '../playground/x402/wire/x402Errors.ts';
import { createOkxRoutes, type OkxCredentials } from './createOkxRoutes.ts';
import { jsonResponse, parseJsonBody } from './parseJsonBody.ts';
import { refuseUnsafePost } from './refuseUnsafePost.ts';
import { type RouteTable, routeRequest } from './routeRequest.ts';

export interface FacilitatorAppOptions {
  /** Shared by every route, so `/settle` and `/api/premium` see the same used nonces. */
  facilitator?: MockFacilitator;
  /** What `/api/premium` charges. */
  merchant: {
    payTo: string;
    token: Eip3009Token;
    /** Atomic units; default "1". */
    amount?: string;
    challenge?: 'v2' | 'okx-guide';
  };
  okxCredentials?: OkxCredentials;
  /**
   * Pages that may call the server (CORS) and POST to it, besides any on `http://localhost:*`,
   * `http://127.0.0.1:*` and `http://[::1]:*` — pages the reader serves themselves.
   */
  allowedOrigins?: readonly string[];
  /** Unix milliseconds. */
  nowMs?: () => number;
  /** Where the merchant's `[payment-log]` reconciliation lines go. */
  log?: (line: string) => void;
}

const LOCAL_ORIGIN = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;
const REQUEST_HEADERS = [
  'Content-Type',
  PAYMENT_HEADERS.signature,
  PAYMENT_HEADERS.xPayment,
  // @x402/fetch sets this as a *request* header on its paid retry.
  'Access-Control-Expose-Headers',
  ...Object.values(OKX_AUTH_HEADERS),
].join(', ');
const EXPOSED_HEADERS = [PAYMENT_HEADERS.required, PAYMENT_HEADERS.response, PAYMENT_HEADERS.xPaymentResponse].join(
  ', ',
);

/** Turns a thrown format or faucet error into a 400 that names the code and the field, and says what to send. */
function badRequest(error: unknown): Response {
  if (error instanceof X402FormatError || error instanceof X402FacilitatorError) {
    return jsonResponse(400, { error: error.code, message: error.message, ...error.details });
  }
  throw error;
}

async function readObject(request: Request) {
  return parseJsonBody(await request.text());
}

/**
 * The local mock facilitator as one fetch handler: the standard x402 facilitator routes, the OKX-shaped
 * ones, a faucet, and the demo paid endpoint, all over one in-memory `createMockFacilitator` — the same
 * verification code the browser playground runs. CORS lets a page on another localhost port call it
 * and read the payment headers.
 *
 * Routes: `GET /` (this list), `GET /supported`, `POST /verify`, `POST /settle`, `POST /faucet`,
 * `GET /api/premium`, and those of `createOkxRoutes`.
 *
 * @example
 * const app = createFacilitatorApp({ merchant: { payTo, token: PLAYGROUND_USDG } });
 * const response = await app(new Request('http://127.0.0.1:4402/supported'));
 */
export function createFacilitatorApp(options: FacilitatorAppOptions): (request: Request) => Promise<Response> {
  const facilitator = options.facilitator ?? createMockFacilitator();
  const nowMs = options.nowMs ?? Date.now;
  const log = options.log ?? console.error;
  const extraOrigins = new Set(options.allowedOrigins);
  const merchant = createDemoMerchant({ facilitator, ...options.merchant, logger: { error: log } });

  const standardOperation = (operation: 'verify' | 'settle') => async (request: Request) => {
    const body = await readObject(request);
    if (!body.ok) return jsonResponse(400, { error: body.problem });
    try {
      const { paymentPayload, paymentRequirements } = body.value;
      const answer =
        operation === 'verify'
          ? await facilitator.verify(paymentPayload, paymentRequirements)
          : await facilitator.settle(paymentPayload, paymentRequirements);
      return jsonResponse(200, answer);
    } catch (error) {
      return badRequest(error);
    }
  };

  const routes: RouteTable = {
    '/': {
      get: async () =>
        jsonResponse(200, {
          name: 'InsForge Integrations mock x402 facilitator',
          routes: Object.entries(routes).flatMap(([path, methods]) =>
            Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
          ),
        }),
    },
    '/supported': { get: async () => jsonResponse(200, facilitator.supported()) },
    '/verify': { post: standardOperation('verify') },
    '/settle': { post: standardOperation('settle') },
    '/faucet': {
      post: async (request) => {
        const body = await readObject(request);
        if (!body.ok) return jsonResponse(400, { error: body.problem });
        const { address, amount, asset } = body.value;
        if (typeof address !== 'string') {
          return jsonResponse(400, {
            error: 'invalid_address',
            field: 'address',
            message: 'Send the 0x address to top up',
          });
        }
        const atomic = typeof amount === 'number' && Number.isSafeInteger(amount) ? BigInt(amount) : amount;
        if (atomic !== undefined && typeof atomic !== 'string' && typeof atomic !== 'bigint') {
          return jsonResponse(400, {
            error: 'invalid_amount',
            field: 'amount',
            message: 'The amount is a whole number of atomic units, as a string or a number',
          });
        }
        if (asset !== undefined && typeof asset !== 'string') {
          return jsonResponse(400, { error: 'unknown_asset', message: 'The asset is the token contract’s 0x address' });
        }
        try {
          const balance = facilitator.faucet(address, atomic, asset ?? options.merchant.token.address);
          return jsonResponse(200, {
            address,
            asset: asset ?? options.merchant.token.address,
            balance: balance.toString(),
            formatted: formatUsdg(balance, options.merchant.token),
          });
        } catch (error) {
          return badRequest(error);
        }
      },
    },
    '/api/premium': { get: merchant },
    ...createOkxRoutes({ facilitator, credentials: options.okxCredentials, nowMs }),
  };

  const isAllowedOrigin = (origin: string) => LOCAL_ORIGIN.test(origin) || extraOrigins.has(origin);

  return async (request) => {
    const origin = request.headers.get('Origin');
    const allowed = origin !== null && isAllowedOrigin(origin);
    if (request.method === 'OPTIONS') {
      if (!allowed) return jsonResponse(403, { error: 'origin_not_allowed' });
      const headers: Record<string, string> = {
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
        'Access-Control-Allow-Headers': REQUEST_HEADERS,
        'Access-Control-Max-Age': '600',
        Vary: 'Origin',
      };
      // Chrome's Private Network Access: a public page may call this localhost server only if it says yes.
      if (request.headers.get('Access-Control-Request-Private-Network') === 'true') {
        headers['Access-Control-Allow-Private-Network'] = 'true';
      }
      return new Response(null, { status: 204, headers });
    }
    const response = refuseUnsafePost(request, isAllowedOrigin) ?? (await routeRequest(routes, request));
    if (allowed) {
      response.headers.set('Access-Control-Allow-Origin', origin);
      response.headers.set('Access-Control-Expose-Headers', EXPOSED_HEADERS);
      response.headers.append('Vary', 'Origin');
    }
    return response;
  };
}
