import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // Pure code, the import and the content checks: no build needed.
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Build-failure tests run real `astro build`s: give them time, one file at a time.
          testTimeout: 120_000,
          fileParallelism: false,
        },
      },
      // Checks over the built site in dist/: run after `npm run build`.
      { test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], testTimeout: 60_000 } },
    ],
  },
});
