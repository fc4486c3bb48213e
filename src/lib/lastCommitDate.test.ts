import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { lastCommitDate } from './lastCommitDate.ts';
import { translationNotice } from './translationNotice.ts';

const EN = 'content/docs/auth/clerk.mdx';
const ZH = 'content/docs/zh-cn/auth/clerk.mdx';
const EN_OVERVIEW = 'content/docs/overview.mdx';
const ZH_OVERVIEW = 'content/docs/zh-cn/overview.mdx';
const JAN = '2026-01-10T08:00:00Z';
const FEB = '2026-02-20T08:00:00Z';
const MAR = '2026-03-30T08:00:00Z';
const APR = '2026-04-15T08:00:00Z';
const MERGED = 'content/docs/merged.mdx';

/**
 * A throwaway repository. Clerk: English in January, Chinese in February, English again in March (the
 * translation fell behind). Overview: English in January, Chinese in February (the translation caught up).
 */
let repo = '';

function git(args: string[], date = JAN): string {
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd: repo,
    env,
    encoding: 'utf8',
  });
}

function commit(file: string, text: string, date: string): void {
  mkdirSync(dirname(join(repo, file)), { recursive: true });
  writeFileSync(join(repo, file), text);
  git(['add', file]);
  git(['commit', '-qm', file], date);
}

/** MERGED: changed on a branch in February and on the trunk in March, combined by an April merge. */
function mergeTwoBranches(): void {
  const trunk = git(['rev-parse', '--abbrev-ref', 'HEAD']).trim();
  commit(MERGED, 'a\n\n\nb\n', JAN);
  git(['checkout', '-qb', 'side']);
  commit(MERGED, 'a2\n\n\nb\n', FEB);
  git(['checkout', '-q', trunk]);
  commit(MERGED, 'a\n\n\nb2\n', MAR);
  git(['merge', '-q', '--no-ff', '-m', 'merge side', 'side'], APR);
}

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'last-commit-date-'));
  execFileSync('git', ['init', '-q'], { cwd: repo });
  commit(EN, 'first', JAN);
  commit(ZH, '翻译', FEB);
  commit(EN, 'second', MAR);
  commit(EN_OVERVIEW, 'overview', JAN);
  commit(ZH_OVERVIEW, '概览', FEB);
  mergeTwoBranches();
  writeFileSync(join(repo, ZH), '未提交的修改');
  writeFileSync(join(repo, 'content/docs/new.mdx'), 'never committed');
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('lastCommitDate', () => {
  test.each([
    // The newest of two commits counts, not the first.
    { file: EN, expected: MAR },
    // An uncommitted edit does not move the date (as in Starlight's "Last updated").
    { file: ZH, expected: FEB },
    // A merge is not an edit (Starlight's date skips it too): the newest edit on either side counts.
    { file: MERGED, expected: MAR },
  ])('default: $file was last committed on $expected', ({ file, expected }) => {
    expect(lastCommitDate(file, repo)).toEqual(new Date(expected));
  });

  test.each([
    { slug: 'auth/clerk', en: EN, zh: ZH, notice: true },
    { slug: 'overview', en: EN_OVERVIEW, zh: ZH_OVERVIEW, notice: false },
  ])('behavior: $slug gets a translation notice: $notice', ({ slug, en, zh, notice }) => {
    const dates = { original: lastCommitDate(en, repo), translation: lastCommitDate(zh, repo) };
    expect(translationNotice(slug, dates)?.originalUpdated).toEqual(notice ? new Date(MAR) : undefined);
  });

  test.each([
    { file: 'content/docs/new.mdx', why: 'a file never committed' },
    { file: 'content/docs/missing.mdx', why: 'a file that does not exist' },
  ])('behavior: no date for $why', ({ file }) => {
    expect(lastCommitDate(file, repo)).toBeUndefined();
  });

  test('behavior: no date outside a git repository', () => {
    const bare = mkdtempSync(join(tmpdir(), 'no-git-'));
    try {
      writeFileSync(join(bare, 'page.mdx'), 'x');
      expect(lastCommitDate('page.mdx', bare)).toBeUndefined();
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });
});
