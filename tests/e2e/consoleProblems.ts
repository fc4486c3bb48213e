import type { Page } from '@playwright/test';

/**
 * Collects what a reader with the console open would see go wrong on `page` from now on: console
 * errors and warnings (a CSP violation is one), and uncaught exceptions. The returned list fills as
 * the page runs; a test expects it to be empty at its end.
 */
export function consoleProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}
