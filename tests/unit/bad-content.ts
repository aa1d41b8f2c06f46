/**
 * Bad content for the build-failure tests: copies content/ (with the reference plan alone, tests/reference-plan.ts) to a
 * scratch folder and breaks one thing; then either checks it in-process (checkWith: the loaders and the content check,
 * ./run-loader.ts) or builds from it (buildWith, in a copy of the project of its own, tools/lib/astro-build.ts).
 * Used by bad-content-*.test.ts.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild } from '#tools/lib/astro-build.ts';
import { makeWorkDir } from '#tools/lib/work-dir.ts';
import { copyReferenceContent } from '#tests/reference-plan.ts';
import { planContent, scratchProject } from './run-loader.ts';

/** What the in-process check of a broken copy says: status 0 when the content passes, 1 and the refusal when not. */
export interface Check {
  status: number;
  output: string;
}

/** Loads and checks a copy of content/ that `breakContent` has changed, as the build does, without a build. */
export async function checkWith(breakContent: (dir: string) => void): Promise<Check> {
  const root = scratchProject({});
  try {
    copyReferenceContent(join(root, 'content'));
    breakContent(join(root, 'content', 'eight-roads'));
    await planContent(root);
    return { status: 0, output: '' };
  } catch (error) {
    return { status: 1, output: error instanceof Error ? error.message : String(error) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

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
