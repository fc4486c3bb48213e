// @ts-check
/**
 * Times the first search as a reader on a phone meets it: Chromium's CPU slowed 4× (the page's thread;
 * Pagefind searches in a Worker, which cannot be slowed), a fresh browser context per run, Ctrl+K
 * right after `load`, the query typed at a brisk 100 ms a key as soon as the box shows. A run records
 * Ctrl+K → the first result and the last keystroke → the first result, taken in the page (see
 * `insertionTimes.mjs` for why). Each run is made twice: as the site ships, and
 * without the site's search script (`enhanceSearch`, which starts loading the index when the reader
 * heads for search), i.e. Starlight's search alone. Used by `npm run bench`.
 */
import { median } from './median.mjs';
import { CPU_SLOWDOWN, openSlowPage } from './slowPage.mjs';

const KEY_DELAY_MS = 100;
/** A guard against hangs, not a budget. */
const STEP_TIMEOUT_MS = 60_000;
/**
 * How long a run waits for Starlight to build the search box. The site gives the build a deadline
 * (`src/search/searchBoxDeadline.ts`), so this is a guard: a run that still misses it is counted in
 * `boxNeverBuilt` and made again.
 */
const BOX_TIMEOUT_MS = 20_000;
/** One query per language, each searched from its language's home page. */
export const FIRST_QUERIES = [
  { path: '/', query: 'RLS' },
  { path: '/zh-cn/', query: '行级安全' },
];
/**
 * Headless Chromium draws the search dialog's backdrop blur in software on every frame, so with the
 * dialog open the page may never go idle, and Starlight builds the search box on the first idle
 * moment. A phone's GPU draws the blur; the bench takes it away to measure what a phone would show.
 */
const NO_BACKDROP_BLUR =
  'dialog::backdrop { backdrop-filter: none !important; -webkit-backdrop-filter: none !important; }';

/** Runs in the page from its first byte, beside `recordInsertions`: Ctrl+K's and each `input` event's time. */
function observePage() {
  /** @type {number[]} */
  const opened = [];
  /** @type {number[]} */
  const inputs = [];
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.ctrlKey && event.key === 'k') opened.push(event.timeStamp);
    },
    { capture: true },
  );
  addEventListener('input', (event) => inputs.push(event.timeStamp), { capture: true });
  Object.defineProperty(window, '__bench', { value: { opened, inputs } });
}

/**
 * One first search in a fresh context: milliseconds from Ctrl+K and from the last keystroke to the first
 * result, or `null` when the search box was never built.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {string} query
 * @param {boolean} siteScript whether the site's search script may load
 */
async function timeOnce(browser, url, query, siteScript) {
  const { context, page } = await openSlowPage(browser, observePage);
  try {
    if (!siteScript) await page.route(/\/enhanceSearch\.[\w-]+\.js$/, (route) => route.abort());
    await page.goto(url);
    await page.addStyleTag({ content: NO_BACKDROP_BLUR });
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog');
    const box = dialog.getByRole('textbox');
    if (
      !(await box.waitFor({ timeout: BOX_TIMEOUT_MS }).then(
        () => true,
        () => false,
      ))
    )
      return null;
    await box.pressSequentially(query, { delay: KEY_DELAY_MS, timeout: STEP_TIMEOUT_MS });
    // The results for the whole query, not for a prefix typed before it.
    await dialog.locator('.pagefind-ui__message', { hasText: query }).waitFor({ timeout: STEP_TIMEOUT_MS });
    const first = dialog.locator('.pagefind-ui__result-link').first();
    await first.waitFor({ timeout: STEP_TIMEOUT_MS });
    return await first.evaluate((element) => {
      const bench = Reflect.get(window, '__bench');
      const shown = Reflect.get(window, '__shownAt')(element);
      return { fromOpenMs: shown - (bench.opened[0] ?? 0), fromLastKeyMs: shown - (bench.inputs.at(-1) ?? 0) };
    });
  } finally {
    await context.close();
  }
}

/**
 * The median of `runs` first searches per language, with and without the site's search script.
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin
 */
export async function timeFirstSearch(browser, origin, runs = 5) {
  /** @type {Record<string, Record<string, { fromOpenMs: number, fromLastKeyMs: number }>>} */
  const medians = {};
  let boxNeverBuilt = 0;
  for (const { path, query } of FIRST_QUERIES) {
    /** @type {Record<string, { fromOpenMs: number, fromLastKeyMs: number }[]>} */
    const all = { starlightAlone: [], site: [] };
    // Alternating, so a busy moment on the machine weighs on both alike.
    for (let i = 0; i < runs; i++) {
      for (const [variant, siteScript] of /** @type {const} */ ([
        ['starlightAlone', false],
        ['site', true],
      ])) {
        let timing = null;
        for (let attempt = 0; timing === null && attempt < 4; attempt++) {
          timing = await timeOnce(browser, origin + path, query, siteScript);
          if (timing === null) boxNeverBuilt++;
        }
        if (timing) all[variant]?.push(timing);
      }
    }
    medians[`${path} ${query}`] = Object.fromEntries(
      Object.entries(all).map(([variant, timings]) => [
        variant,
        {
          fromOpenMs: median(timings.map((t) => t.fromOpenMs)),
          fromLastKeyMs: median(timings.map((t) => t.fromLastKeyMs)),
        },
      ]),
    );
  }
  return { cpuSlowdown: CPU_SLOWDOWN, runs, medians, boxNeverBuilt };
}

/** The medians as a Markdown table. @param {Awaited<ReturnType<typeof timeFirstSearch>>} result */
export function searchTable(result) {
  const rows = Object.entries(result.medians).flatMap(([query, by]) =>
    Object.entries(by).map(
      ([variant, t]) => `| ${query} | ${variant} | ${t.fromOpenMs.toFixed(0)} ms | ${t.fromLastKeyMs.toFixed(0)} ms |`,
    ),
  );
  return `| first search, CPU ${result.cpuSlowdown}× slower, median of ${result.runs} | script | Ctrl+K → first result | last key → first result |\n|---|---|---:|---:|\n${rows.join('\n')}\nruns where Starlight never built the search box (made again): ${result.boxNeverBuilt}`;
}
