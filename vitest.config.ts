import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Built once per run and shared by the API and browser tests: the migrated, demo-seeded
    // template database (PGlite dump, or a PostgreSQL template database with DATABASE_URL).
    globalSetup: ['server/test/global-setup.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['common/**/*.test.ts', 'demo/**/*.test.ts', 'scripts/**/*.test.ts', 'server/**/*.unit.test.ts', 'web/**/*.test.ts'],
          exclude: ['demo/**/*.api.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'api',
          sequence: { groupOrder: 1 },
          include: ['server/**/*.test.ts', 'demo/**/*.api.test.ts'],
          exclude: ['server/**/*.unit.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each test file holds a database copy: keep the parallelism to the two cores.
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'e2e',
          sequence: { groupOrder: 2 },
          include: ['e2e/**/*.e2e.ts'],
          globalSetup: ['e2e/global-setup.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          // A page's first paint waits for its lazily loaded chunk; on a busy 2-core machine
          // that can take seconds, far beyond expect.poll's default second.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
