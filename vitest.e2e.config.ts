import { defineConfig } from 'vitest/config';

// End-to-end tests: Debian's Chromium with the built extension, Gmail simulated (test/e2e/README.md).
// One file at a time (the machine has 2 cores and each file runs its own browser).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    environment: 'node',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    teardownTimeout: 10_000,
  },
});
