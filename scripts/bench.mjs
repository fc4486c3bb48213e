// @ts-check
/**
 * `npm run bench`: what the site costs. Prints and saves (`bench-results/bench.json`)
 *  - the production build time,
 *  - gzipped HTML / CSS / JS per page, as Chromium downloads it before any interaction,
 *  - the size of the files written for agents (Markdown, llms.txt, the skill) and of the Open Graph cards,
 *  - each docs page's element count next to the same page with Starlight's default code presentation,
 *  - Lighthouse (mobile) scores for every docs page, the median of five runs, with Lighthouse's CPU
 *    benchmark index for the run (a busy or slow machine lowers it, and the scores with it),
 *  - each playground's first tap → result, bytes on the first RLS Run and the longest main-thread task
 *    during Run and Pay, with the CPU slowed 4×, the median of three runs (`playgroundTiming.mjs`),
 *  - the local facilitator's settle at 1,000 and at 20,000 payers (`settleTiming.mjs`),
 *  - the first search in each language, with the CPU slowed 4×, with and without the site's search
 *    script, the median of five runs (`searchTiming.mjs`).
 * `npm run bench -- --only playgrounds` (or `--only lighthouse`, `--only search`) measures only that, on the existing
 * build (`npm run build` first), and updates that part of `bench-results/bench.json`.
 * Timings live here, never in tests.
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { isCompareView, isNotFoundPath } from '../src/lib/pageKinds.ts';
import { sitePages } from '../tests/build/builtSite.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { timeDecode } from './decodeTiming.mjs';
import { elementCount } from './domSize.mjs';
import { median } from './median.mjs';
import { measurePage } from './pageWeight.mjs';
import { timePaymentFlow } from './paymentFlowTiming.mjs';
import { playgroundTable, timePlaygrounds } from './playgroundTiming.mjs';
import { searchTable, timeFirstSearch } from './searchTiming.mjs';
import { timeSettle } from './settleTiming.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4330);
const ORIGIN = `http://127.0.0.1:${PORT}`;
/** Every docs page in both languages: not the compare views (noindex, for translators) or the 404 pages. */
const docsPages = () => sitePages().filter((path) => !isCompareView(path) && !isNotFoundPath(path));
/** Performance moves by a few points from run to run; the median of five is reported. */
const LIGHTHOUSE_RUNS = 5;
const ASTRO = 'node_modules/astro/bin/astro.mjs';
const RESULTS = 'bench-results/bench.json';
/** `--only playgrounds` / `--only lighthouse` / `--only search`: measure just that on the existing build. */
const only = /--only (playgrounds|lighthouse|search)/.exec(process.argv.slice(2).join(' '))?.[1];
/** The same site built with Starlight's default code presentation, for the element counts (outside the project, where type checks and linters do not read it). */
const STARLIGHT_DEFAULT_CODE_DIR = join(tmpdir(), 'insforge-docs-starlight-default-code');

/** Total bytes of the files under `dir` (in `dist/`) whose names match `pattern`. */
async function bytesOf(/** @type {string} */ dir, /** @type {RegExp} */ pattern) {
  const entries = await readdir(join('dist', dir), { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && pattern.test(e.name));
  const sizes = await Promise.all(files.map(async (e) => (await stat(join(e.parentPath, e.name))).size));
  return { files: files.length, bytes: sizes.reduce((a, b) => a + b, 0) };
}

/** @param {string[]} args @param {NodeJS.ProcessEnv} [env] @returns {Promise<void>} */
function run(args, env = process.env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'], env });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited ${code}`))));
  });
}

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(ORIGIN)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`preview server did not start on ${ORIGIN}`);
}

const kb = (/** @type {number} */ n) => (n / 1024).toFixed(1);

/** `npm start`'s server, which production's headers and compression come from. */
function startPreview() {
  return spawn(process.execPath, ['hosting/serveSite.ts', '--host', '127.0.0.1', '--port', String(PORT)], {
    stdio: 'ignore',
  });
}

/** Lighthouse (mobile) medians per docs page, and the CPU benchmark index of each page's runs. */
async function measureLighthouse() {
  const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS });
  /** @type {Record<string, Record<string, number>>} */
  const scores = {};
  try {
    for (const path of docsPages()) {
      /** @type {Record<string, number[]>} */
      const runs = { benchmarkIndex: [] };
      for (let run = 0; run < LIGHTHOUSE_RUNS; run++) {
        const result = await lighthouse(ORIGIN + path, { port: chrome.port, output: 'json', logLevel: 'error' });
        for (const [id, c] of Object.entries(result?.lhr.categories ?? {})) {
          runs[id] = [...(runs[id] ?? []), Math.round((c.score ?? 0) * 100)];
        }
        runs.benchmarkIndex?.push(Math.round(result?.lhr.environment.benchmarkIndex ?? 0));
      }
      scores[path] = Object.fromEntries(Object.entries(runs).map(([id, values]) => [id, median(values)]));
    }
  } finally {
    chrome.kill();
  }
  console.log(`\nLighthouse (mobile), median of ${LIGHTHOUSE_RUNS} runs; benchmarkIndex is Lighthouse's CPU index`);
  const ids = [...new Set(Object.values(scores).flatMap((s) => Object.keys(s)))];
  console.log(`| page | ${ids.join(' | ')} |\n|---|${ids.map(() => '---:').join('|')}|`);
  for (const [path, s] of Object.entries(scores))
    console.log(`| ${path} | ${ids.map((id) => s[id] ?? '–').join(' | ')} |`);
  return scores;
}

/** Elements per docs page, ours and with Starlight's default code presentation (built first). */
async function measureElements() {
  /** @type {Record<string, { elements: number, starlightDefaultCode: number }>} */
  const counts = {};
  for (const path of docsPages()) {
    const file = join(path.endsWith('.html') ? path : `${path}index.html`);
    counts[path] = {
      elements: elementCount(await readFile(join('dist', file), 'utf8')),
      starlightDefaultCode: elementCount(await readFile(join(STARLIGHT_DEFAULT_CODE_DIR, file), 'utf8')),
    };
  }
  console.log('\nelements per page | ours | Starlight default code | ratio');
  console.log('|---|---:|---:|---:|');
  for (const [path, c] of Object.entries(counts)) {
    console.log(
      `| ${path} | ${c.elements} | ${c.starlightDefaultCode} | ${(c.elements / c.starlightDefaultCode).toFixed(2)} |`,
    );
  }
  return counts;
}

async function measurePlaygrounds() {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const playgrounds = await timePlaygrounds(browser, ORIGIN);
    console.log(`\nplaygrounds, first tap → result\n${playgroundTable(playgrounds)}`);
    return playgrounds;
  } finally {
    await browser.close();
  }
}

async function measureSearch() {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const search = await timeFirstSearch(browser, ORIGIN);
    console.log(`\n${searchTable(search)}`);
    return search;
  } finally {
    await browser.close();
  }
}

if (only) {
  const preview = startPreview();
  try {
    await waitForServer();
    /** @type {Record<string, () => Promise<unknown>>} */
    const measures = { playgrounds: measurePlaygrounds, lighthouse: measureLighthouse, search: measureSearch };
    const measured = { [only]: await measures[only]?.() };
    const previous = await readFile(RESULTS, 'utf8').then(JSON.parse, () => ({}));
    await mkdir('bench-results', { recursive: true });
    await writeFile(RESULTS, `${JSON.stringify({ ...previous, ...measured }, null, 2)}\n`);
  } finally {
    preview.kill();
  }
  process.exit(0);
}

await run([ASTRO, 'build', '--outDir', STARLIGHT_DEFAULT_CODE_DIR], { ...process.env, STARLIGHT_DEFAULT_CODE: '1' });
const started = performance.now();
await run([ASTRO, 'build']);
const buildSeconds = (performance.now() - started) / 1000;
console.log(`build: ${buildSeconds.toFixed(1)} s`);

/** What the build writes for agents and link previews, per language where it is per language. */
const agentFiles = {
  'llms.txt': await bytesOf('.', /^llms\.txt$/),
  'llms-full.txt': await bytesOf('.', /^llms-full\.txt$/),
  'Markdown (pages and skill files)': await bytesOf('.', /\.md$/),
  'skill .zip': await bytesOf('.', /^insforge-integrations\.zip$/),
  'Open Graph PNGs': await bytesOf('og', /\.png$/),
};
console.log('\nfiles for agents and link previews (both languages)');
for (const [name, { files, bytes }] of Object.entries(agentFiles))
  console.log(`${name}: ${files} files, ${kb(bytes)} KB`);

const decode = await timeDecode();
console.log(
  `decode + explain a ${(decode.tokenBytes / 1024).toFixed(1)} KB token: median ${decode.medianMs.toFixed(2)} ms, max ${decode.maxMs.toFixed(2)} ms (budget: well under 16 ms)`,
);
const x402Flow = await timePaymentFlow();
console.log(
  `x402 flow after warm-up: median ${x402Flow.medianMs.toFixed(0)} ms, max ${x402Flow.maxMs.toFixed(0)} ms (budget 500 ms)`,
);
const settle = await timeSettle();
console.log(
  `local facilitator settle: ${settle.fewMs.toFixed(2)} ms at ${settle.fewPayers} payers, ${settle.manyMs.toFixed(2)} ms at ${settle.manyPayers} (ratio ${settle.ratio.toFixed(2)}, target ≤ 1.5)`,
);

const preview = startPreview();
try {
  await waitForServer();

  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  /** @type {Record<string, import('./pageWeight.mjs').PageWeight>} */
  const weights = {};
  for (const path of sitePages()) {
    // A fresh context per page: a shared cache would count a script only on the first page that loads it.
    const context = await browser.newContext();
    weights[path] = await measurePage(await context.newPage(), ORIGIN + path);
    await context.close();
  }
  await browser.close();

  console.log('\ngzipped KB per page (before interaction)');
  console.log('| page | HTML | CSS | JS | JS files | React |\n|---|---:|---:|---:|---:|---|');
  for (const [path, w] of Object.entries(weights)) {
    console.log(`| ${path} | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.js)} | ${w.jsFiles} | ${w.react ? 'yes' : 'no'} |`);
  }

  const elements = await measureElements();
  const scores = await measureLighthouse();

  const playgrounds = await measurePlaygrounds();
  const search = await measureSearch();

  await mkdir('bench-results', { recursive: true });
  await writeFile(
    RESULTS,
    `${JSON.stringify({ date: new Date().toISOString(), buildSeconds, agentFiles, decode, x402Flow, settle, weights, elements, lighthouse: scores, playgrounds, search }, null, 2)}\n`,
  );
} finally {
  preview.kill();
}
