/**
 * Bad content checked in-process: copies content/ (with the reference plan alone, tests/reference-plan.ts) into a
 * scratch project, breaks one thing, and runs the collections' loaders and the content check on it as the build does
 * (./run-loader.ts), without a build. Used by bad-content-*.test.ts and bad-status-update.test.ts.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
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
