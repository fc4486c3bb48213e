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

/**
 * A throwaway repository. Clerk: English in January, Chinese in February, English again in March (the
 * translation fell behind). Overview: English in January, Chinese in February (the translation caught up).
 */
let repo = '';

function commit(file: string, text: string, date: string): void {
  mkdirSync(dirname(join(repo, file)), { recursive: true });
  writeFileSync(join(repo, file), text);
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  execFileSync('git', ['add', file], { cwd: repo });
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', file], {
    cwd: repo,
    env,
  });
}

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'last-commit-date-'));
  execFileSync('git', ['init', '-q'], { cwd: repo });
  commit(EN, 'first', JAN);
  commit(ZH, '翻译', FEB);
  commit(EN, 'second', MAR);
  commit(EN_OVERVIEW, 'overview', JAN);
  commit(ZH_OVERVIEW, '概览', FEB);
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
