// @ts-check
/**
 * Times the three playgrounds as a reader on a phone meets them: Chromium's CPU slowed 4× (as
 * Lighthouse does for mobile; the page's thread only, Workers cannot be slowed), a fresh browser context per run, the first tap right after `load`
 * with no wait for hydration. Per run it records first tap → result for each playground's first
 * action, the bytes transferred from page load until the RLS matrix, and the longest main-thread
 * task during Run and Pay. Used by `npm run bench`; `timePlaygrounds()` reports the median of its runs.
 *
 * Controls and results are found by role and the islands' own strings (`playground/i18n/en.json`),
 * so a new layout or new progress messages do not break it. A tap the page drops (it woke the island
 * but did nothing) is tapped again and flagged `firstTapLost`; the time counts from the tap that worked.
 */
import { readFileSync } from 'node:fs';
import { median } from './median.mjs';
import { CPU_SLOWDOWN, openSlowPage } from './slowPage.mjs';

/** A guard against hangs, not a budget: today a first Run takes tens of seconds at 4× slowdown. */
const STEP_TIMEOUT_MS = 120_000;
/** How long a live island may show nothing after a tap before the tap counts as lost. */
const LOST_TAP_GRACE_MS = 3_000;
const POLL_MS = 50;

const STRINGS = /** @type {Record<string, string>} */ (
  JSON.parse(readFileSync(new URL('../playground/i18n/en.json', import.meta.url), 'utf8'))
);

/** The island string `key`, or its fixed start when it has `{placeholders}` (the rest varies). */
function str(/** @type {string} */ key) {
  const value = STRINGS[key];
  if (value === undefined) throw new Error(`no island string ${key}`);
  return value.split('{')[0] ?? value;
}

const escapeRegExp = (/** @type {string} */ s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * @typedef {{ ms: number, firstTapLost: boolean, longestTaskMs: number }} TapTiming
 * @typedef {{
 *   jwtSample: TapTiming, rlsRun: TapTiming, rlsRerun: TapTiming, x402Key: TapTiming, x402Pay: TapTiming,
 *   rlsFirstRunBytes: number,
 * }} PlaygroundRun
 */

/**
 * Runs in the page from its first byte, beside `recordInsertions`: records every main-thread task
 * over 50 ms and each tap (the `pointerdown`'s own time stamp).
 */
function observePage() {
  /** @type {{ start: number, duration: number }[]} */
  const tasks = [];
  /** @type {number[]} */
  const taps = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  addEventListener('pointerdown', (event) => taps.push(event.timeStamp), { capture: true });
  Object.defineProperty(window, '__bench', { value: { tasks, taps } });
}

/**
 * A slowed page (`openSlowPage`) with every response's transferred size counted.
 * @param {import('playwright-core').Browser} browser
 */
async function openCountingPage(browser) {
  const { context, page } = await openSlowPage(browser, observePage);
  // Playwright reports the sandbox Worker's downloads on the page too (a CDP session on the page alone
  // would miss them); each response counts with its headers and its body as sent, compressed or not.
  /** @type {Promise<number>[]} */
  const sizes = [];
  page.on('requestfinished', (request) => {
    sizes.push(request.sizes().then((size) => size.responseHeadersSize + size.responseBodySize));
  });
  const transferred = async () => (await Promise.all(sizes)).reduce((sum, bytes) => sum + bytes, 0);
  return { context, page, transferred };
}

/**
 * Whether `control` is there and enabled, as before a tap. One that is gone (Run it turns into Stop
 * while Postgres works) or disabled took the tap.
 * @param {import('playwright-core').Locator} control
 */
async function stillOffered(control) {
  return (await control.count()) > 0 && (await control.isEnabled());
}

/**
 * Taps `control` and waits for `result`; if the island went live and `control` is still there and
 * enabled with no result, the tap was dropped, and it is tapped again.
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').Locator} control
 * @param {import('playwright-core').Locator} result
 * @returns {Promise<TapTiming>}
 */
async function tapUntil(page, control, result) {
  const since = await page.evaluate(() => performance.now());
  let tapped = performance.now();
  let firstTapLost = false;
  /** @type {number | null} */
  let liveSince = null;
  await control.click({ timeout: STEP_TIMEOUT_MS });
  while (!(await result.first().isVisible())) {
    const now = performance.now();
    if (now - tapped > STEP_TIMEOUT_MS) throw new Error(`no ${result} within ${STEP_TIMEOUT_MS / 1000} s of the tap`);
    if (!firstTapLost) {
      const live = (await page.locator('.pg-root[data-live]').count()) > 0;
      liveSince = live ? (liveSince ?? now) : null;
      // The result may have come while the control was being looked at: look at the result again last.
      const lost =
        liveSince !== null &&
        now - liveSince > LOST_TAP_GRACE_MS &&
        (await stillOffered(control)) &&
        !(await result.first().isVisible());
      if (lost) {
        firstTapLost = true;
        tapped = performance.now();
        await control.click({ timeout: STEP_TIMEOUT_MS });
      }
    }
    await page.waitForTimeout(POLL_MS);
  }
  return { ...(await timedInPage(result, since)), firstTapLost };
}

/**
 * The page's own figures for the last tap after `since` (page time) and `result`: tap → `result` put
 * into the page, and the longest main-thread task since `since`.
 * @param {import('playwright-core').Locator} result
 * @param {number} since
 */
function timedInPage(result, since) {
  return result.first().evaluate((element, from) => {
    const bench = Reflect.get(window, '__bench');
    /** @type {number[]} */
    const taps = bench.taps.filter((/** @type {number} */ t) => t >= from);
    /** @type {{ start: number, duration: number }[]} */
    const tasks = bench.tasks.filter(
      (/** @type {{ start: number, duration: number }} */ t) => t.start + t.duration >= from,
    );
    return {
      ms: Reflect.get(window, '__shownAt')(element) - (taps.at(-1) ?? from),
      longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
    };
  }, since);
}

/**
 * One run of every measurement, each playground in a fresh context.
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin
 * @returns {Promise<PlaygroundRun>}
 */
async function runOnce(browser, origin) {
  const jwt = await openCountingPage(browser);
  await jwt.page.goto(`${origin}/playground/jwt/`);
  const jwtSample = await tapUntil(
    jwt.page,
    jwt.page.getByRole('button', { name: `${str('jwt.presets.loadRaw')}${STRINGS['jwt.presets.clerk.raw']}` }),
    jwt.page.getByRole('heading', { name: str('jwt.decode.claimsTitle'), exact: true }),
  );
  await jwt.context.close();

  const rls = await openCountingPage(browser);
  await rls.page.goto(`${origin}/playground/rls/`);
  const matrix = rls.page.getByRole('heading', { name: str('rls.matrix.title'), exact: true });
  const rlsRun = await tapUntil(
    rls.page,
    rls.page.getByRole('button', { name: str('rls.run.button'), exact: true }),
    matrix,
  );
  const rlsFirstRunBytes = await rls.transferred();
  // A rerun replaces the matrix: wait for the old one to go, then for the new one.
  const again = rls.page.getByRole('button', { name: str('rls.run.again'), exact: true });
  const rerunSince = await rls.page.evaluate(() => performance.now());
  await again.click({ timeout: STEP_TIMEOUT_MS });
  await matrix.waitFor({ state: 'hidden', timeout: STEP_TIMEOUT_MS }).catch(() => {});
  await matrix.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  const rlsRerun = { ...(await timedInPage(matrix, rerunSince)), firstTapLost: false };
  await rls.context.close();

  const x402 = await openCountingPage(browser);
  await x402.page.goto(`${origin}/playground/x402/`);
  const x402Key = await tapUntil(
    x402.page,
    x402.page.getByRole('button', { name: str('x402.pg.payer.create'), exact: true }),
    x402.page.getByRole('term').filter({ hasText: new RegExp(`^${escapeRegExp(str('x402.pg.payer.address'))}$`) }),
  );
  const x402Pay = await tapUntil(
    x402.page,
    x402.page.getByRole('button', { name: new RegExp(`^${escapeRegExp(str('x402.pg.pay.button'))}`) }),
    x402.page.getByText(str('x402.pg.outcome.paid')),
  );
  await x402.context.close();

  return { jwtSample, rlsRun, rlsRerun, x402Key, x402Pay, rlsFirstRunBytes };
}

/**
 * Median of `runs` runs of every measurement, with each run kept.
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin
 */
export async function timePlaygrounds(browser, origin, runs = 3) {
  /** @type {PlaygroundRun[]} */
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await runOnce(browser, origin));
  /** @param {(run: PlaygroundRun) => number} pick */
  const mid = (pick) => median(all.map(pick));
  return {
    cpuSlowdown: CPU_SLOWDOWN,
    runs: all,
    median: {
      jwtSampleMs: mid((r) => r.jwtSample.ms),
      rlsRunMs: mid((r) => r.rlsRun.ms),
      rlsRerunMs: mid((r) => r.rlsRerun.ms),
      x402KeyMs: mid((r) => r.x402Key.ms),
      x402PayMs: mid((r) => r.x402Pay.ms),
      rlsFirstRunBytes: mid((r) => r.rlsFirstRunBytes),
      rlsRunLongestTaskMs: mid((r) => r.rlsRun.longestTaskMs),
      x402PayLongestTaskMs: mid((r) => r.x402Pay.longestTaskMs),
    },
    firstTapsLost: all.flatMap((r) =>
      Object.entries(r).flatMap(([name, value]) => (typeof value === 'object' && value.firstTapLost ? [name] : [])),
    ),
  };
}

/**
 * Each figure next to issue 12's measurement of the code before the fix (4× slowdown, this 2-core
 * machine) and its target, so a regression shows. `today` is text: some were ranges or not measured.
 * @type {{ key: keyof Awaited<ReturnType<typeof timePlaygrounds>>['median'], label: string, unit: 'ms' | 'MB', today: string, target: number | null }[]}
 */
export const PLAYGROUND_FIGURES = [
  { key: 'jwtSampleMs', label: 'JWT: load a sample → decoded', unit: 'ms', today: 'first tap lost', target: null },
  { key: 'rlsRunMs', label: 'RLS: Run it → matrix', unit: 'ms', today: '≈ 44 s (40–55)', target: 4000 },
  { key: 'rlsRerunMs', label: 'RLS: rerun → matrix', unit: 'ms', today: '–', target: 1000 },
  { key: 'x402KeyMs', label: 'x402: Create the test key → key', unit: 'ms', today: '≈ 42 s', target: 1000 },
  { key: 'x402PayMs', label: 'x402: first Pay → Paid and recorded', unit: 'ms', today: '–', target: 4000 },
  { key: 'rlsFirstRunBytes', label: 'RLS: bytes transferred, load → matrix', unit: 'MB', today: '10.9 MB', target: 5 },
  {
    key: 'rlsRunLongestTaskMs',
    label: 'RLS: longest main-thread task in Run',
    unit: 'ms',
    today: '6–7.5 s',
    target: 200,
  },
  {
    key: 'x402PayLongestTaskMs',
    label: 'x402: longest main-thread task in Pay',
    unit: 'ms',
    today: '6–7.5 s',
    target: 200,
  },
];

/** The medians as a Markdown table beside today's figures and the targets. @param {Awaited<ReturnType<typeof timePlaygrounds>>} result */
export function playgroundTable(result) {
  const show = (/** @type {number} */ value, /** @type {'ms' | 'MB'} */ unit) =>
    unit === 'MB'
      ? `${(value / 1e6).toFixed(1)} MB`
      : value >= 1000
        ? `${(value / 1000).toFixed(1)} s`
        : `${value.toFixed(0)} ms`;
  const rows = PLAYGROUND_FIGURES.map(({ key, label, unit, today, target }) => {
    const value = result.median[key];
    const limit = target === null ? null : unit === 'MB' ? target * 1e6 : target;
    const verdict = limit === null ? '' : value <= limit ? 'yes' : 'no';
    return `| ${label} | ${show(value, unit)} | ${today} | ${limit === null ? '–' : `≤ ${show(limit, unit)}`} | ${verdict} |`;
  });
  const lost =
    result.firstTapsLost.length > 0 ? `\nfirst taps lost (tapped again): ${result.firstTapsLost.join(', ')}` : '';
  const workers = `\nthe page's thread ran ${result.cpuSlowdown}× slower; Workers (Postgres, highlighting) cannot be slowed and ran at full speed`;
  return `| with CPU ${result.cpuSlowdown}× slower, median of ${result.runs.length} | now | before issue 12 | target | met |\n|---|---:|---:|---:|---|\n${rows.join('\n')}${lost}${workers}`;
}
