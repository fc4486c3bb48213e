// @ts-check
/**
 * Makes sure Debian's Chromium, and a Chinese font for it, are installed before the browser tests
 * and the benchmark run. Playwright cannot download its own browser here, so they drive
 * `/usr/bin/chromium` instead. Without a CJK font every Chinese page renders as boxes and Chromium
 * searches for a fallback glyph by glyph: on the guides that tripled style and layout time and cost
 * Lighthouse 10–15 points, a cost no Chinese reader's device has. As root we install what is missing;
 * otherwise we say exactly what to install.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from './chromium.mjs';

/** Whether fontconfig knows a font that covers Chinese (false when fontconfig itself is missing). */
function hasChineseFont() {
  try {
    return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}

/** Debian's packages still to install. */
const missing = [];
if (!existsSync(CHROMIUM_PATH)) missing.push('chromium');
if (!hasChineseFont()) missing.push('fonts-noto-cjk');
if (missing.length === 0) process.exit(0);
const install = `apt-get install -y ${missing.join(' ')}`;

/**
 * The tests cannot run without Chromium, so its absence stops them. Without the font they still run
 * (Chinese text lays out as boxes), and only the benchmark's Chinese pages read slower than a reader's.
 */
function giveUp(/** @type {string} */ why) {
  const browserMissing = !existsSync(CHROMIUM_PATH);
  console[browserMissing ? 'error' : 'warn'](
    `${why} Install as root, then run again:\n  sudo apt-get update && sudo ${install}\n` +
      '(or point CHROMIUM_PATH at another Chromium build).',
  );
  process.exit(browserMissing ? 1 : 0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  giveUp(
    missing.includes('chromium')
      ? `The browser tests need Debian's ${missing.join(' and ')}.`
      : "Without Debian's fonts-noto-cjk, Chinese pages render as boxes and the benchmark times their layout slow.",
  );
}

console.log(`Installing Debian's ${missing.join(' and ')} for the browser tests…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
try {
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
} catch {
  giveUp(`\`${install}\` failed.`);
}
if (!existsSync(CHROMIUM_PATH) || !hasChineseFont())
  giveUp(`apt-get finished but ${missing.join(' or ')} is still missing.`);
