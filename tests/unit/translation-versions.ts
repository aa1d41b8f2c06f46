/**
 * Shared by the translation-version build tests (two files, so that their builds run side by side): a copy of the
 * seeds and content in which eight-roads is also copied as each further plan named, every plan's seed changes
 * (6日 → 8日), and the copy is imported and built. Two plans in one build, each with its own edits, test two cases
 * for the price of one build: a build costs several CPU-seconds whatever it builds.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';
import { astroBuild } from '#tools/lib/astro-build.ts';
import { copyPlan } from '#tools/lib/plan-copy.ts';
import { makeWorkDir } from '#tools/lib/work-dir.ts';
import { copyReferenceContent } from '#tests/reference-plan.ts';

export const works: string[] = [];
afterAll(() => {
  for (const work of works) rmSync(work, { recursive: true, force: true });
});

/** What a test does to one plan's content folder: `beforeImport` before `npm run import`, `prepare` after it. */
export interface PlanEdits {
  beforeImport?: (plan: string) => void;
  prepare?: (plan: string) => void;
}

/** Copies seeds and content (eight-roads as each plan named), changes every seed, imports, applies each plan's edits, and builds. */
export function importAndBuild(plans: Record<string, PlanEdits>) {
  const work = makeWorkDir('translation-version-');
  works.push(work);
  cpSync('seeds', join(work, 'seeds'), { recursive: true });
  copyReferenceContent(join(work, 'content'));
  const folder = (plan: string) => join(work, 'content', plan);
  for (const plan of Object.keys(plans)) {
    if (plan !== 'eight-roads') {
      cpSync('seeds/eight-roads', join(work, 'seeds', plan), { recursive: true });
      copyPlan('content/eight-roads', folder(plan));
    }
    const seed = join(work, 'seeds', plan, 'article.txt');
    const text = readFileSync(seed, 'utf8');
    if (!text.includes('6日上午')) throw new Error('fixture: the seed no longer says 6日上午');
    writeFileSync(seed, text.replace('6日上午', '8日上午'));
    plans[plan].beforeImport?.(folder(plan));
  }
  execFileSync(process.execPath, [resolve('scripts/import-seed.ts')], { cwd: work, stdio: 'pipe' });
  for (const [plan, edits] of Object.entries(plans)) edits.prepare?.(folder(plan));
  const outDir = join(work, 'dist');
  return { ...astroBuild({ CONTENT_DIR: join(work, 'content'), OUT_DIR: outDir, CACHE_DIR: join(work, 'cache') }), outDir };
}

/** Stamps the plan's English file with the version of the Chinese it now translates. */
export const stamp = (plan: string) =>
  execFileSync(process.execPath, [resolve('scripts/stamp-translations.ts'), join(plan, 'en/plan.yaml')], { stdio: 'pipe' });
