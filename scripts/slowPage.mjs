// @ts-check
/**
 * A page as the benches meet it on a phone: a fresh browser context, Chromium's CPU slowed as Lighthouse
 * slows it for mobile, and, from the page's first byte, a record of when each node showed
 * (`recordInsertions`) beside whatever else the bench's own `observe` script records.
 */
import { recordInsertions } from './insertionTimes.mjs';

/** What a phone is, for Lighthouse: a CPU four times slower than this machine's. */
export const CPU_SLOWDOWN = 4;

/**
 * @param {import('playwright-core').Browser} browser
 * @param {() => void} observe runs in the page from its first byte
 */
export async function openSlowPage(browser, observe) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(observe);
  await page.addInitScript(recordInsertions);
  const cdp = await context.newCDPSession(page);
  // The page's thread only: Chromium refuses this on a Worker ("Operation is only supported for pages,
  // not workers"), so a Worker (Postgres in the sandbox, Pagefind's search) runs at full speed.
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return { context, page };
}
