import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const ENTRY = fileURLToPath(new URL('./facilitator.ts', import.meta.url));
/** The environment without anything the server reads, so the host's settings cannot leak into the test. */
const CLEAN_ENV = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !/^(PORT|HOST|PAY_TO|PRICE|X402_|OKX_|ALLOW_ORIGINS)/.test(name)),
);

function run(args: string[]): ChildProcess {
  // process.execPath is the project's Node 24, which runs .ts files by stripping their types.
  return spawn(process.execPath, [ENTRY, ...args], { env: CLEAN_ENV, stdio: ['ignore', 'pipe', 'pipe'] });
}

function collect(child: ChildProcess): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

test('default: `node server/facilitator.ts` starts, serves, and stops cleanly on SIGTERM', async () => {
  const child = run(['--port', '0']);
  const finished = collect(child);
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      const match = /listening on (http:\/\/\S+)/.exec(chunk.toString());
      if (match?.[1]) resolve(match[1]);
    });
    child.on('exit', () => reject(new Error('the server exited before listening')));
  });
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  const supported = await fetch(`${url}/supported`);
  expect(supported.status).toBe(200);
  const challenge = await fetch(`${url}/api/premium`);
  expect(challenge.status).toBe(402);
  await challenge.arrayBuffer();
  child.kill('SIGTERM');
  const { code, stdout, stderr } = await finished;
  expect(code).toBe(0);
  expect(stdout).toMatch(/GET \/supported 200 \d+ms/);
  // Node prints nothing about type stripping or anything else on stderr.
  expect(stderr).toBe('');
});

test('default: --help prints the usage and exits 0', async () => {
  const { code, stdout } = await collect(run(['--help']));
  expect(code).toBe(0);
  expect(stdout).toContain('Usage: npm run facilitator');
  expect(stdout).toContain('POST /api/v6/x402/verify|settle');
});

test('error: an unknown option exits 2 with the usage on stderr', async () => {
  const { code, stderr } = await collect(run(['--colour']));
  expect(code).toBe(2);
  expect(stderr).toContain("Unknown option '--colour'");
  expect(stderr).toContain('Usage:');
});
