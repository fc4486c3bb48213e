import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Tests that boot PGlite. They share one worker's module cache, so Postgres' initdb runs once per worker,
 * not once per file. `createSandbox.test.ts` stays isolated: it asserts what the very first boot reports.
 */
const POSTGRES_TESTS = [
  'playground/sandbox/**/*.test.ts',
  'playground/rls/**/*.test.ts',
  'tests/content/guideSql.test.ts',
];
const FIRST_BOOT_TEST = 'playground/sandbox/createSandbox.test.ts';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'playground/**/*.test.ts',
            'server/**/*.test.ts',
            'hosting/**/*.test.ts',
            'src/**/*.test.ts',
            'scripts/**/*.test.ts',
            'tests/content/**/*.test.ts',
            'tests/fixtures/**/*.test.ts',
          ],
          exclude: POSTGRES_TESTS,
        },
      },
      {
        extends: true,
        test: { name: 'postgres', include: POSTGRES_TESTS, exclude: [FIRST_BOOT_TEST], isolate: false },
      },
      { extends: true, test: { name: 'first-boot', include: [FIRST_BOOT_TEST] } },
      // Checks of the production build's files (run after `npm run build`, see `npm run test:build`).
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
    ],
  },
});
