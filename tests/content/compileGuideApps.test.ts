import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { APPS_DIR, type AppSource, compileGuideApps } from './compileGuideApps.ts';
import { assembleApps, readPageBlocks } from './guideBlocks.ts';

/** The WorkOS guide's first app, with one file's code changed by `edit`, moved to a folder of its own. */
function workosAppWith(folder: string, file: string, edit: (code: string) => string): AppSource[] {
  const [first] = assembleApps(readPageBlocks('auth/workos.mdx'));
  const root = join(APPS_DIR, 'harness', folder);
  return [...(first?.files ?? [])]
    .filter(([path]) => /\.tsx?$/.test(path))
    .map(([path, block]) => ({
      path: join(root, path),
      appRoot: root,
      code: path === file ? edit(block.code) : block.code,
    }));
}

// One program for every case below, as the content test compiles all apps at once.
const wrongOption = workosAppWith('wrong-option', 'lib/insforge.ts', (code) => code.replace('anonKey:', 'anonKeys:'));
const deprecated = workosAppWith('deprecated', 'proxy.ts', (code) =>
  code.replaceAll('authkitProxy', 'authkitMiddleware'),
);
const unpinned: AppSource = {
  path: join(APPS_DIR, 'harness/unpinned/lib/pay.ts'),
  appRoot: join(APPS_DIR, 'harness/unpinned'),
  // Installed for the site itself, not in the test workspace: a guide cannot rely on it unpinned.
  code: "import { wrapFetchWithPayment } from '@x402/fetch';\nexport const pay = wrapFetchWithPayment;\n",
};
const reports = compileGuideApps([...wrongOption, ...deprecated, unpinned]);
const reportOf = (sources: AppSource[], file: string) =>
  reports.get(sources.find((s) => s.path.endsWith(`/${file}`))?.path ?? '');

describe('compileGuideApps', () => {
  test('error: a wrong option in a copy of a guide block fails, at its line', () => {
    const errors = reportOf(wrongOption, 'lib/insforge.ts')?.errors ?? [];
    expect(errors.map((e) => e.code)).toEqual([2561]);
    expect(errors[0]?.message).toMatch(/'anonKeys' does not exist .* Did you mean to write 'anonKey'/s);
    expect(errors[0]?.line).toBe(11);
  });

  test('default: the untouched files of that app compile', () => {
    const others = wrongOption.filter((s) => !s.path.endsWith('/lib/insforge.ts'));
    expect(others.length).toBeGreaterThan(3);
    expect(others.flatMap((s) => reports.get(s.path)?.errors ?? [])).toEqual([]);
  });

  test('behavior: an API its package marks @deprecated is reported, where it is used', () => {
    const report = reportOf(deprecated, 'proxy.ts');
    expect(report?.errors).toEqual([]);
    expect(report?.deprecations.map((d) => `${d.line} TS${d.code} ${d.message}`)).toEqual([
      "1 TS6385 'authkitMiddleware' is deprecated.",
      "3 TS6385 'authkitMiddleware' is deprecated.",
    ]);
  });

  test('error: a package the test workspace does not pin is not found, even when the site has it', () => {
    expect(reports.get(unpinned.path)?.errors.map((e) => e.code)).toEqual([2307]);
  });
});
