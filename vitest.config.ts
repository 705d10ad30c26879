import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Tests that read the built site or run the project's commands as processes; the rest of
 * tests/** outside tests/browser/ is the quick `unit` loop: `npm test -- --project unit`.
 */
const SITE = [
  'tests/dist.test.ts',
  'tests/budget.test.ts',
  'tests/typecheck.test.ts',
  'tests/archive/cli.test.ts',
  'tests/io/faults.test.ts',
  'tests/io/build-lock.test.ts',
];

// Three projects:
//  - unit:    pure tests and in-process commands, parallel, no site build: the quick loop.
//  - site:    the built dist/ (built once per run by tests/setup/build-site.ts), the type check,
//             commands killed or locked as processes; parallel with unit.
//  - browser: tests/browser/**, Chromium against the built dist/ and the builds that compare
//             sites, one file at a time (2-core machine), on one worker while the other runs
//             unit and site files (a group of its own after them left a core idle: 355 s → 305 s).
// Timeouts are sized for a busy 2-core machine: no test asserts a time, and none should fail
// only because the machine is slow.
export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores: one on a 2-core machine, which left a
    // core idle while unit tests ran (160 s instead of 80 s). Browser files still run one at a time.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/browser/**', '**/node_modules/**', ...SITE],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: SITE,
          environment: 'node',
          globalSetup: ['tests/setup/build-site.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/setup/build-site.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          // Tests a file marks concurrent (pages.test.ts) run two at a time: one per core.
          maxConcurrency: 2,
        },
      },
    ],
  },
});
