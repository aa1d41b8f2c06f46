import { defineConfig } from 'vitest/config';

/**
 * The unit files that run a real `astro build`, given more time. Each build runs in a copy of the project of its own
 * (scripts/lib/astro-build.ts): every astro process rewrites its root's .astro/, so builds in the checkout could build
 * from each other's content. In their own copies they run side by side (tests/unit/build-files.test.ts holds the list
 * complete, and holds that they build through astroBuild).
 */
export const BUILD_FILES = [
  'tests/unit/bad-content-agreement.test.ts',
  'tests/unit/bad-content-files.test.ts',
  'tests/unit/bad-status-update.test.ts',
  'tests/unit/commitment-chain-build.test.ts',
  'tests/unit/copied-plan.test.ts',
  'tests/unit/edited-content.test.ts',
  'tests/unit/plan-in-progress.test.ts',
  'tests/unit/translation-pending-build.test.ts',
  'tests/unit/translation-versions.test.ts',
];

export default defineConfig({
  test: {
    // Both cores: the builds and the pure unit files share them.
    maxWorkers: 2,
    projects: [
      // Pure code, the import and the content checks: no build needed.
      // Some pure files spawn the CLIs (import, status); beside a build on 2 cores a spawn can take seconds.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: BUILD_FILES, testTimeout: 30_000 } },
      // Bad-content and fixture builds: real `astro build`s, each in its own copy of the project, given time.
      { test: { name: 'unit-builds', include: BUILD_FILES, testTimeout: 120_000 } },
      // Checks over the built site in dist/: run after `npm run build`.
      { test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], testTimeout: 60_000 } },
    ],
  },
});
