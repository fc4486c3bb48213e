#!/usr/bin/env node
// Compares the HTML of two builds, for a change that should not change what readers get (a move, a split,
// a rename). Prints the first difference of each page that differs and exits 1 if any does.
//
//   node scripts/compareBuilds.mjs <before-dist> <after-dist> [path-regex]
//
// What differs between two builds of the same site is normalized away first. Tokens that only have to be
// unique (React useId values, Astro scope classes, which hash the checkout's path) are renamed in order of
// first appearance, per page, so the wiring between them (label for= / id=, aria-describedby, a scoped
// selector and its class) must still match.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const htmlFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));

/** Replaces each distinct match of `pattern` with `${tag}1`, `${tag}2`, … in order of first appearance. */
function renameInOrder(html, pattern, tag) {
  const names = new Map();
  return html.replace(pattern, (token) => {
    if (!names.has(token)) names.set(token, `${tag}${names.size + 1}`);
    return names.get(token);
  });
}

/** A page's HTML with what legitimately differs between two builds of the same site made equal. */
export function normalize(html) {
  const stable = html
    .replace(/\/_astro\/([\w.-]+?)\.[\w-]{8}\.(js|css|mjs)/g, '/_astro/$1.HASH.$2')
    .replace(/(component-url|renderer-url|before-hydration-url|uid)="[^"]*"/g, '$1=""')
    .replace(/<time datetime="[^"]*">[^<]*<\/time>/g, '<time>');
  const ids = renameInOrder(stable, /_[a-z0-9]*R_[a-z0-9]+_[-\w]*|«[rR][a-z0-9]*»[-\w]*/g, 'ID');
  return renameInOrder(ids, /\bastro-(?:cid-)?[a-z0-9]{8}\b/g, 'SCOPE');
}

/**
 * Every page of `before` matching `filter`, compared with the same page of `after`: the first difference
 * of each page that differs (or that `after` lacks), and how many are identical.
 */
export function compareBuilds(before, after, filter = '.') {
  const pattern = new RegExp(filter);
  const differences = [];
  let identical = 0;
  for (const page of htmlFiles(before).filter((file) => pattern.test(file))) {
    const other = join(after, page);
    if (!existsSync(other)) {
      differences.push({ page, missing: true });
      continue;
    }
    const a = normalize(readFileSync(join(before, page), 'utf8'));
    const b = normalize(readFileSync(other, 'utf8'));
    if (a === b) {
      identical++;
      continue;
    }
    let at = 0;
    while (a[at] === b[at]) at++;
    const excerpt = (text) => text.slice(Math.max(0, at - 120), at + 200);
    differences.push({ page, at, before: excerpt(a), after: excerpt(b) });
  }
  return { identical, differences };
}

if (import.meta.main) {
  const [before, after, filter] = process.argv.slice(2);
  if (!before || !after) {
    console.error('usage: node scripts/compareBuilds.mjs <before-dist> <after-dist> [path-regex]');
    process.exit(2);
  }
  const { identical, differences } = compareBuilds(before, after, filter);
  for (const { page, missing, at, before: was, after: is } of differences) {
    console.log(
      missing ? `only in ${before}: ${page}` : `${page} differs at ${at}:\n  before: ${was}\n  after:  ${is}`,
    );
  }
  console.log(`${identical} pages identical, ${differences.length} different`);
  process.exit(differences.length === 0 ? 0 : 1);
}
