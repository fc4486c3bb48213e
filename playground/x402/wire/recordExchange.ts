import { isPlaygroundError } from '../../errors.ts';
import { decodeHeaderJson, PAYMENT_HEADERS, type PaymentHeaderName } from './paymentHeaders.ts';

/** One header as the inspector shows it: an x402 header also decoded, or the code of why it does not decode. */
export interface HeaderView {
  name: string;
  value: string;
  decoded?: unknown;
  decodeError?: string;
}

/** Headers and JSON body of one side of an exchange. */
export interface HttpMessageView {
  headers: HeaderView[];
  body?: unknown;
}

/** One HTTP round trip, recorded as the reader would see it in the network panel, headers decoded. */
export interface HttpExchange {
  method: string;
  /** Path and query; every exchange of the playground stays inside the tab. */
  path: string;
  request: HttpMessageView;
  status: number;
  response: HttpMessageView;
}

const CANONICAL_NAMES = new Map<string, PaymentHeaderName>(
  Object.values(PAYMENT_HEADERS).map((name) => [name.toLowerCase(), name]),
);

/**
 * Shows a header under its spec spelling (`PAYMENT-REQUIRED`; fetch lower-cases every name) and, for
 * the x402 headers, with its base64 JSON decoded.
 *
 * @example
 * viewHeader('payment-required', 'eyJ4NDAyVmVyc2lvbiI6Mn0='); // { name: 'PAYMENT-REQUIRED', value: '…', decoded: { x402Version: 2 } }
 */
export function viewHeader(name: string, value: string): HeaderView {
  const payment = CANONICAL_NAMES.get(name.toLowerCase());
  if (payment === undefined) return { name, value };
  try {
    return { name: payment, value, decoded: decodeHeaderJson(value, payment) };
  } catch (error) {
    if (!isPlaygroundError(error)) throw error;
    return { name: payment, value, decodeError: error.code };
  }
}

function viewHeaders(headers: Headers): HeaderView[] {
  return [...headers].map(([name, value]) => viewHeader(name, value));
}

async function readJson(message: Request | Response): Promise<unknown> {
  const text = await message.clone().text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Sends `request` to an in-tab fetch handler and records both sides. The response is returned
 * unread (bodies are read from clones).
 *
 * @example
 * const { exchange, response } = await recordExchange(merchant, new Request(url));
 * exchange.response.headers; // [{ name: 'PAYMENT-REQUIRED', value: 'eyJ…', decoded: { x402Version: 2, … } }, …]
 */
export async function recordExchange(
  handler: (request: Request) => Promise<Response>,
  request: Request,
): Promise<{ exchange: HttpExchange; response: Response }> {
  const url = new URL(request.url);
  const requestView = { headers: viewHeaders(request.headers), body: await readJson(request) };
  const response = await handler(request);
  return {
    response,
    exchange: {
      method: request.method,
      path: url.pathname + url.search,
      request: requestView,
      status: response.status,
      response: { headers: viewHeaders(response.headers), body: await readJson(response) },
    },
  };
}

/**
 * Records a JSON call that does not go through `fetch` (the in-tab facilitator) in the same shape, as
 * the POST it stands for.
 */
export function jsonExchange(path: string, requestBody: unknown, responseBody: unknown): HttpExchange {
  const headers = [{ name: 'content-type', value: 'application/json' }];
  return {
    method: 'POST',
    path,
    request: { headers, body: requestBody },
    status: 200,
    response: { headers, body: responseBody },
  };
}
