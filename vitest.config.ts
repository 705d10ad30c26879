import { defineConfig } from 'vitest/config';

// Two projects:
//  - unit:    tests/**/*.test.ts except tests/browser/**, parallel, 60s timeout
//  - browser: tests/browser/**/*.test.ts, real Chromium against the built dist/,
//             one file at a time (2-core CI machine), 120s timeout, in its own
//             group (groupOrder 1) so it never runs alongside unit test files.
// No globalSetup builds the site: `npm test` runs `npm run build:site` first.
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/browser/**', '**/node_modules/**'],
          environment: 'node',
          // Sized for a busy 2-core machine (another build or test run beside this one):
          // no test asserts a time, and none should fail only because the machine is slow.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
