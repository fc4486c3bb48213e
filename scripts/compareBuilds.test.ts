import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { compareBuilds } from './compareBuilds.mjs';

/** A build directory holding one page, `auth/index.html`. */
function build(html: string): string {
  const dist = mkdtempSync(join(tmpdir(), 'compare-builds-'));
  mkdirSync(join(dist, 'auth'));
  writeFileSync(join(dist, 'auth/index.html'), html);
  return dist;
}

const PAGE = (id: string, scope: string, script: string) =>
  `<label for="${id}-control" class="${scope}">Token</label><textarea id="${id}-control"></textarea>` +
  `<script src="/_astro/island.${script}.js"></script>`;

test('default: pages that differ only in useId values, scope classes and bundle hashes are identical', () => {
  const before = build(PAGE('_R_1a_', 'astro-abcd1234', 'AbCd1234'));
  const after = build(PAGE('_R_7z_', 'astro-wxyz9876', 'Zz_99xy0'));
  expect(compareBuilds(before, after)).toEqual({ identical: 1, differences: [] });
});

test('behavior: a label that no longer points at its control is a difference', () => {
  const before = build(PAGE('_R_1a_', 'astro-abcd1234', 'AbCd1234'));
  const after = build(
    '<label for="_R_1a_-control" class="astro-abcd1234">Token</label><textarea id="_R_2b_-control"></textarea>' +
      '<script src="/_astro/island.AbCd1234.js"></script>',
  );
  const { identical, differences } = compareBuilds(before, after);
  expect(identical).toBe(0);
  expect(differences).toEqual([expect.objectContaining({ page: 'auth/index.html' })]);
});

test('error: a page missing from the second build is reported', () => {
  const before = build(PAGE('_R_1a_', 'astro-abcd1234', 'AbCd1234'));
  const after = mkdtempSync(join(tmpdir(), 'compare-builds-'));
  expect(compareBuilds(before, after).differences).toEqual([{ page: 'auth/index.html', missing: true }]);
});
