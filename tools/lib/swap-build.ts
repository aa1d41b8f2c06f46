/**
 * A build that replaces the last good one only when it succeeds: it is written to a fresh folder beside the target
 * (.dist-next-XXXXXX, on the same file system, so the swap is two renames) and swapped in whole. A failed build
 * removes its own folder and leaves the target as it was: a deploy step that ignores the exit code still finds a
 * whole site, the last good one.
 */
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** A new empty folder beside `target` for a build that may replace it. */
export const freshBeside = (target: string) => mkdtempSync(join(dirname(resolve(target)), `.${basename(resolve(target))}-next-`));

/** Puts the finished build `fresh` in place of `target`; the old target is removed once the new one is in place. */
export function swapIn(fresh: string, target: string): void {
  const absolute = resolve(target);
  const old = join(dirname(absolute), `.${basename(absolute)}-old-${process.pid}`);
  if (existsSync(absolute)) renameSync(absolute, old);
  renameSync(fresh, absolute);
  rmSync(old, { recursive: true, force: true });
}

/** Runs `build` into a fresh folder and swaps it in for `target` if it returns 0; returns build's exit code. */
export function buildAndSwap(target: string, build: (outDir: string) => number): number {
  const fresh = freshBeside(target);
  let code: number;
  try {
    code = build(fresh);
  } catch (error) {
    rmSync(fresh, { recursive: true, force: true });
    throw error;
  }
  if (code === 0) swapIn(fresh, target);
  else rmSync(fresh, { recursive: true, force: true });
  return code;
}
