import { defineConfig } from 'vitest/config';

/**
 * The unit files that run a real `astro build`. Every astro process in a checkout rewrites the same .astro/ folder
 * (content-modules.mjs names the content it built from), so two at once could build from each other's content:
 * these run one at a time, beside the other unit files (tests/unit/build-files.test.ts holds the list complete).
 */
export const BUILD_FILES = [
  'tests/unit/build-failures.test.ts',
  'tests/unit/commitment-chain-build.test.ts',
  'tests/unit/copied-plan.test.ts',
  'tests/unit/hostile-export.test.ts',
  'tests/unit/plan-in-progress.test.ts',
  'tests/unit/status-timeline.test.ts',
  'tests/unit/tmpdir-beside-checkout.test.ts',
  'tests/unit/translation-versions.test.ts',
];

export default defineConfig({
  test: {
    // Both cores: one runs the builds one after another, the other the pure unit files beside them.
    maxWorkers: 2,
    projects: [
      // Pure code, the import and the content checks: no build needed.
      // Some pure files spawn the CLIs (import, status); beside a build on 2 cores a spawn can take seconds.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: BUILD_FILES, testTimeout: 30_000 } },
      // Bad-content and fixture builds: real `astro build`s, given time, one file at a time.
      { test: { name: 'unit-builds', include: BUILD_FILES, testTimeout: 120_000, fileParallelism: false } },
      // Checks over the built site in dist/: run after `npm run build`.
      { test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], testTimeout: 60_000 } },
    ],
  },
});
