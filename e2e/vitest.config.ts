import { defineConfig } from 'vitest/config';

/** Browser tests: real server + Debian Chromium through playwright-core. Run `npm run build:web` first. */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
