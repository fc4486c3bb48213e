import { parseArgs } from 'node:util';
import { type Eip3009Token, PLAYGROUND_USDG, USDG } from '../playground/catalog/chains.ts';
import type { OkxCredentials } from './createOkxRoutes.ts';

export interface FacilitatorConfig {
  host: string;
  port: number;
  token: Eip3009Token;
  challenge: 'v2' | 'okx-guide';
  payTo: string;
  amount: string;
  okxCredentials?: OkxCredentials;
  allowedOrigins: string[];
}

export type ConfigResult =
  | { kind: 'run'; config: FacilitatorConfig }
  | { kind: 'help' }
  | { kind: 'error'; message: string };

export const USAGE = `Usage: npm run facilitator -- [options]
       node server/facilitator.ts [options]

A local mock of an x402 facilitator (standard and OKX-shaped routes) with a demo paid endpoint.
It verifies signatures for real and settles nothing on chain.

Options (environment variable in brackets):
  --host <host>              interface to bind [HOST]                    default 127.0.0.1
  --port <port>              port, 0 for any free one [PORT]             default 4402
  --asset <playground|usdg>  token /api/premium charges [X402_ASSET]     default playground
                             playground: USDG's domain at 0x…dEaD, signatures worthless on any chain
                             usdg: the real USDG domain on X Layer (signatures could move real USDG)
  --challenge <v2|okx-guide> 402 challenge shape [X402_CHALLENGE]        default v2
  --pay-to <0x address>      merchant address [PAY_TO]                   default Anvil test account #1
  --price <atomic units>     price of /api/premium [PRICE]               default 1 (0.000001 USDG)
  --allow-origin <origin>    a web page that may call the server; repeat for more
                             [ALLOW_ORIGINS, comma-separated]   pages on http://localhost:* always may
  --help                     print this text

OKX request signing is checked when OKX_API_KEY, OKX_SECRET_KEY and OKX_PASSPHRASE are all set.
POSTs must be JSON (Content-Type: application/json); a POST from any other web page is refused (403).

Routes: GET /, GET /supported, POST /verify, POST /settle, POST /faucet {address, amount?},
        GET /api/premium, POST /api/v6/x402/verify|settle, GET /api/v6/pay/x402/supported,
        POST /api/v6/pay/x402/verify|settle
`;

/** Anvil/Hardhat test account #1: a public address, fine as a demo payee. */
const DEMO_PAY_TO = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';
const OKX_ENV = ['OKX_API_KEY', 'OKX_SECRET_KEY', 'OKX_PASSPHRASE'] as const;

function okxCredentials(env: Record<string, string | undefined>): OkxCredentials | undefined | string {
  const missing = OKX_ENV.filter((name) => !env[name]);
  if (missing.length === OKX_ENV.length) return undefined;
  if (missing.length > 0) return `OKX signing needs all of ${OKX_ENV.join(', ')}; missing ${missing.join(', ')}`;
  return { apiKey: env.OKX_API_KEY ?? '', secretKey: env.OKX_SECRET_KEY ?? '', passphrase: env.OKX_PASSPHRASE ?? '' };
}

/**
 * Reads the server's settings from the command line, then the environment, then defaults. Values
 * are validated here so the server never starts half-configured; secrets are never echoed back.
 *
 * @example
 * readFacilitatorConfig(['--port', '0'], process.env); // { kind: 'run', config: { port: 0, … } }
 */
export function readFacilitatorConfig(argv: string[], env: Record<string, string | undefined>): ConfigResult {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  if (values.help) return { kind: 'help' };

  const portText = values.port ?? env.PORT ?? '4402';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65_535) return { kind: 'error', message: `Not a port number: ${portText}` };

  const asset = values.asset ?? env.X402_ASSET ?? 'playground';
  if (asset !== 'playground' && asset !== 'usdg') {
    return { kind: 'error', message: `--asset is playground or usdg, not ${asset}` };
  }
  const challenge = values.challenge ?? env.X402_CHALLENGE ?? 'v2';
  if (challenge !== 'v2' && challenge !== 'okx-guide') {
    return { kind: 'error', message: `--challenge is v2 or okx-guide, not ${challenge}` };
  }
  const allowedOrigins = values['allow-origin'] ?? (env.ALLOW_ORIGINS ?? '').split(',').map((origin) => origin.trim());
  const notOrigin = allowedOrigins.find((origin) => origin !== '' && !isOrigin(origin));
  if (notOrigin !== undefined) {
    return { kind: 'error', message: `--allow-origin takes an origin such as http://localhost:3000, not ${notOrigin}` };
  }
  const credentials = okxCredentials(env);
  if (typeof credentials === 'string') return { kind: 'error', message: credentials };

  return {
    kind: 'run',
    config: {
      host: values.host ?? env.HOST ?? '127.0.0.1',
      port,
      token: asset === 'usdg' ? USDG : PLAYGROUND_USDG,
      challenge,
      payTo: values['pay-to'] ?? env.PAY_TO ?? DEMO_PAY_TO,
      amount: values.price ?? env.PRICE ?? '1',
      okxCredentials: credentials,
      allowedOrigins: allowedOrigins.filter((origin) => origin !== ''),
    },
  };
}

/** `scheme://host[:port]` exactly as a browser sends it in `Origin`: no path, no trailing slash. */
function isOrigin(text: string): boolean {
  return URL.canParse(text) && new URL(text).origin === text;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      help: { type: 'boolean', short: 'h' },
      host: { type: 'string' },
      port: { type: 'string' },
      asset: { type: 'string' },
      challenge: { type: 'string' },
      'pay-to': { type: 'string' },
      price: { type: 'string' },
      'allow-origin': { type: 'string', multiple: true },
    },
  });
}
