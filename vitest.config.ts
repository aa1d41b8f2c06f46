import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The unit files that run a real `astro build`, given more time. Each build runs in a copy of the project of its own
 * (tools/lib/astro-build.ts): every astro process rewrites its root's .astro/, so builds in the checkout could build
 * from each other's content. In their own copies they run side by side (tests/unit/build-files.test.ts holds the list
 * complete, and holds that they build through astroBuild). Listed longest first, the order they start in (below).
 */
export const BUILD_FILES = [
  'tests/unit/translation-versions.test.ts', // two plans, imported first
  'tests/unit/copied-plan.test.ts', // two plans, one continuing the other
  'tests/unit/plan-in-progress.test.ts',
  'tests/unit/translation-pending-build.test.ts', // two plans, imported first
  'tests/unit/edited-content.test.ts',
  'tests/unit/bad-structure-build.test.ts',
  'tests/unit/build-swap.test.ts', // 1 build that stops at the content sync
  'tests/unit/bad-content-files.test.ts', // one build that stops at the content sync
];

/**
 * The build files first, longest first, then the rest as Vitest orders them. Vitest would start the pure unit files
 * first and, on a fresh clone, the build files by file size; then a small file with three builds in a row starts last
 * and runs alone at the end. Started first, the long files end together, and the quick pure files fill the gaps.
 */
class LongestBuildsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification) => {
      const index = BUILD_FILES.findIndex((file) => spec.moduleId.endsWith(`/${file}`));
      return index === -1 ? BUILD_FILES.length : index;
    };
    // Array.prototype.sort is stable: files of equal rank keep Vitest's order.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    // Both cores: the builds and the pure unit files share them.
    maxWorkers: 2,
    sequence: { sequencer: LongestBuildsFirst },
    projects: [
      // Pure code, the import and the content checks: no build needed.
      // Some pure files spawn the CLIs (import, status); beside a build on 2 cores a spawn can take seconds.
      // The in-process bad-content files load and check a whole copy of the content in their beforeAll.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: BUILD_FILES, testTimeout: 30_000, hookTimeout: 60_000 } },
      // Bad-content and fixture builds: real `astro build`s, each in its own copy of the project, given time.
      { test: { name: 'unit-builds', include: BUILD_FILES, testTimeout: 120_000 } },
      // Checks over the built site in dist/: run after `npm run build`.
      { test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], testTimeout: 60_000 } },
    ],
  },
});
