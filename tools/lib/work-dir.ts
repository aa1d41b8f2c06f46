/**
 * Scratch folders for test and benchmark builds, inside the checkout (node_modules/.cache/work/), never in TMPDIR.
 * Why: Astro 7 decides whether outDir lies inside the project by a bare string prefix
 * (`outDir.startsWith(process.cwd())`, core/build/common.js). A TMPDIR such as /tmp/clone-tmp beside a clone at
 * /tmp/clone passes that test, so Astro writes its prerender chunks there, outside node_modules' reach, and the
 * build fails with “Cannot find package …”. Inside the checkout the test is true for the right reason.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const WORK_ROOT = resolve('node_modules/.cache/work');

/** A new empty folder under WORK_ROOT whose name starts with `prefix`. */
export function makeWorkDir(prefix: string): string {
  mkdirSync(WORK_ROOT, { recursive: true });
  return mkdtempSync(join(WORK_ROOT, prefix));
}

export function removeWorkDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
