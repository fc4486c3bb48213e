import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const cache = new Map<string, Date | undefined>();

/**
 * The date of the last commit that touched `file` (a path relative to `cwd`), or `undefined` when
 * git has no history for it (never committed, or no git at all). Uncommitted edits do not count,
 * and neither do merge commits — exactly as in Starlight's "Last updated" date, which reads
 * `git log --name-status` (merges list no files), so the two dates a reader sees always agree.
 * One `git log` per file per build: answers are cached.
 *
 * @example
 * lastCommitDate('content/docs/auth/clerk.mdx'); // 2026-12-02T01:39:20.000Z
 */
export function lastCommitDate(file: string, cwd = process.cwd()): Date | undefined {
  const path = resolve(cwd, file);
  if (!cache.has(path)) cache.set(path, readLastCommitDate(file, cwd));
  return cache.get(path);
}

function readLastCommitDate(file: string, cwd: string): Date | undefined {
  const git = spawnSync('git', ['log', '-1', '--no-merges', '--format=%ct', '--', file], { cwd, encoding: 'utf8' });
  const seconds = git.status === 0 ? git.stdout.trim() : '';
  return /^\d+$/.test(seconds) ? new Date(Number(seconds) * 1000) : undefined;
}
