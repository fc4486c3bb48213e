#!/usr/bin/env node
/**
 * `npm run facilitator`: starts the local mock x402 facilitator (see `--help`).
 * Runs on Node ≥ 22.18 as plain TypeScript (type stripping), so this folder uses erasable syntax only.
 */
import { formatUsdg } from '../playground/catalog/chains.ts';
import { createFacilitatorApp } from './createFacilitatorApp.ts';
import { readFacilitatorConfig, USAGE } from './readFacilitatorConfig.ts';
import { serveFetchHandler } from './serveFetchHandler.ts';

const result = readFacilitatorConfig(process.argv.slice(2), process.env);
if (result.kind === 'help') {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (result.kind === 'error') {
  process.stderr.write(`${result.message}\n\n${USAGE}`);
  process.exit(2);
}

const { config } = result;
let running: Awaited<ReturnType<typeof serveFetchHandler>>;
try {
  const app = createFacilitatorApp({
    merchant: { payTo: config.payTo, token: config.token, amount: config.amount, challenge: config.challenge },
    okxCredentials: config.okxCredentials,
    allowedOrigins: config.allowedOrigins,
  });
  running = await serveFetchHandler(app, { host: config.host, port: config.port });
} catch (error) {
  process.stderr.write(`Cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

console.log(`mock x402 facilitator listening on ${running.url}`);
console.log(
  `  /api/premium charges ${formatUsdg(config.amount, config.token)} (asset ${config.token.checksumAddress}) to ${config.payTo}, ${config.challenge} challenge`,
);
console.log(`  OKX request signing: ${config.okxCredentials === undefined ? 'not checked' : 'checked'}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    running.close().finally(() => process.exit(0));
  });
}
