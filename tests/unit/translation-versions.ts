/**
 * Shared by the translation-version build tests (split into files so that their builds run side by side):
 * a copy of the seeds and content whose seed changes (6日 → 8日), imported and built.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';
import { astroBuild } from '../../scripts/lib/astro-build.ts';
import { makeWorkDir } from '../../scripts/lib/work-dir.ts';

export const works: string[] = [];
afterAll(() => {
  for (const work of works) rmSync(work, { recursive: true, force: true });
});

/** Copies seeds and content, changes the seed, imports (`beforeImport` may edit the content first), lets `prepare` edit the content, and builds. */
export function importAndBuild(prepare: (plan: string) => void = () => {}, beforeImport: (plan: string) => void = () => {}) {
  const work = makeWorkDir('translation-version-');
  works.push(work);
  cpSync('seeds', join(work, 'seeds'), { recursive: true });
  cpSync('content', join(work, 'content'), { recursive: true });
  const seed = join(work, 'seeds/eight-roads/article.txt');
  const text = readFileSync(seed, 'utf8');
  if (!text.includes('6日上午')) throw new Error('fixture: the seed no longer says 6日上午');
  writeFileSync(seed, text.replace('6日上午', '8日上午'));
  beforeImport(join(work, 'content/eight-roads'));
  execFileSync(process.execPath, [resolve('scripts/import-seed.ts')], { cwd: work, stdio: 'pipe' });
  prepare(join(work, 'content/eight-roads'));
  const outDir = join(work, 'dist');
  return { ...astroBuild({ CONTENT_DIR: join(work, 'content'), OUT_DIR: outDir, CACHE_DIR: join(work, 'cache') }), outDir };
}

/** Stamps the plan's English file with the version of the Chinese it now translates. */
export const stamp = (plan: string) =>
  execFileSync(process.execPath, [resolve('scripts/stamp-translations.ts'), join(plan, 'en/plan.yaml')], { stdio: 'pipe' });
