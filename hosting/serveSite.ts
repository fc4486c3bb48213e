#!/usr/bin/env node
/**
 * `npm start` (after the build) and the e2e suite's server: serves `dist/` with production's headers,
 * types, compression and 404 pages. `--port` (default 4321) and `--host` (default localhost).
 */
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createSiteHandler } from './createSiteHandler.ts';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '4321' }, host: { type: 'string', default: 'localhost' } },
});
const root = fileURLToPath(new URL('../dist/', import.meta.url));

let handler: Awaited<ReturnType<typeof createSiteHandler>>;
try {
  handler = await createSiteHandler(root);
} catch (error) {
  process.stderr.write(`Cannot serve ${root}: ${error instanceof Error ? error.message : String(error)}\n`);
  process.stderr.write('Run `npm run build` first (`npm start` builds, then serves).\n');
  process.exit(1);
}

const server = createServer(handler);
server.listen(Number(values.port), values.host, () => {
  console.log(`InsForge Integrations docs: http://${values.host}:${values.port}/`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => server.close(() => process.exit(0)));
}
