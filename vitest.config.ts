import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Build-failure tests run real `astro build`s: give them time, and one at a time.
    testTimeout: 120_000,
    fileParallelism: false,
  },
});
