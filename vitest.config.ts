import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pure tests) and `db` (tests that touch a database — `*.db.test.ts` and `*.routes.test.ts` —
 * on PGlite, or on PostgreSQL when DATABASE_URL is set).
 * Browser tests live in e2e/ with their own config.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
          exclude: ['src/**/*.db.test.ts', 'src/**/*.routes.test.ts', 'node_modules/**'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'db',
          include: ['src/**/*.db.test.ts', 'src/**/*.routes.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
