/**
 * Bad content for the build-failure tests: copies content/ (with the reference plan alone, tests/reference-plan.ts) to a
 * scratch folder, breaks one thing, and builds from it (in a copy of the project of its own, tools/lib/astro-build.ts).
 * Used by bad-content-files.test.ts; the in-process check of the same kind of copy is ./bad-content-check.ts.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild } from '#tools/lib/astro-build.ts';
import { makeWorkDir } from '#tools/lib/work-dir.ts';
import { copyReferenceContent } from '#tests/reference-plan.ts';

/** Builds from a copy of content/ that `breakContent` has changed (it gets the plan folder, content/eight-roads). */
export function buildWith(breakContent: (dir: string) => void): { status: number | null; output: string } {
  const work = makeWorkDir('bad-content-');
  const contentDir = join(work, 'content');
  copyReferenceContent(contentDir);
  breakContent(join(contentDir, 'eight-roads'));
  const result = astroBuild({ CONTENT_DIR: contentDir, OUT_DIR: join(work, 'dist'), CACHE_DIR: join(work, 'cache') });
  rmSync(work, { recursive: true, force: true });
  return result;
}
