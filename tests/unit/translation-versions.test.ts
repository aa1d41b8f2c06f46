/**
 * A translation records the version of the Chinese it translates. When the seed changes (6日 → 8日)
 * and `npm run import` rewrites the Chinese, a complete plan's build stops naming the English file and
 * paragraph; in a plan whose translation is in progress, the page is marked pending instead.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../../scripts/lib/astro-build.ts';
import { makeWorkDir } from '../../scripts/lib/work-dir.ts';

const works: string[] = [];
afterAll(() => {
  for (const work of works) rmSync(work, { recursive: true, force: true });
});

/** Copies seeds and content, changes the seed, imports (`beforeImport` may edit the content first), lets `prepare` edit the content, and builds. */
function importAndBuild(prepare: (plan: string) => void = () => {}, beforeImport: (plan: string) => void = () => {}) {
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

describe('a change to the Chinese after translation', () => {
  it('stops the build of a complete plan: translation out of date, with file and paragraph', () => {
    const { status, output } = importAndBuild();
    expect(status).not.toBe(0);
    expect(output).toMatch(/translation out of date: \S*content\/eight-roads\/en\/plan\.yaml ¶1 /u);
    // Only the changed paragraph is named.
    expect(output.match(/translation out of date/gu)).toHaveLength(1);
  });

  it('marks the page as pending in a plan whose translation is in progress', () => {
    const { status, output, outDir } = importAndBuild(undefined, (plan) => {
      // The plan's structure.yaml says whether its translation is complete; the import carries it into zh/plan.yaml.
      const structure = join(plan, 'structure.yaml');
      writeFileSync(structure, `translation: in-progress\n${readFileSync(structure, 'utf8')}`);
    });
    expect(status, output).toBe(0);
    const fullText = readFileSync(join(outDir, 'en/eight-roads/index.html'), 'utf8');
    expect(fullText).toContain('data-translation-pending');
    expect(fullText).toContain('This page’s translation is pending');
    // Pages whose Chinese did not change are not marked.
    expect(readFileSync(join(outDir, 'en/eight-roads/industry-city-integration/smart-city/index.html'), 'utf8')).not.toContain(
      'data-translation-pending',
    );
  });

  const stamp = (plan: string) =>
    execFileSync(process.execPath, [resolve('scripts/stamp-translations.ts'), join(plan, 'en/plan.yaml')], { stdio: 'pipe' });

  it('is still refused when the file is re-stamped but the English not updated: the figures differ', () => {
    const { status, output } = importAndBuild(stamp);
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /en\/plan\.yaml: `paragraphs` ¶1: figures differ: the Chinese states 8, the English does not; the English states 6, the Chinese does not/u,
    );
  });

  it('is accepted once the translator has updated the English and re-stamped the file', () => {
    const { status, output } = importAndBuild((plan) => {
      const english = join(plan, 'en/plan.yaml');
      writeFileSync(english, readFileSync(english, 'utf8').replace('On the morning of the 6th,', 'On the morning of the 8th,'));
      stamp(plan);
    });
    expect(status, output).toBe(0);
  });
});

describe('a translation that records no version', () => {
  it('stops the build naming the file and the field', () => {
    const work = makeWorkDir('translation-version-');
    works.push(work);
    cpSync('content', join(work, 'content'), { recursive: true });
    const english = join(work, 'content/eight-roads/en/initiatives/talent.yaml');
    writeFileSync(english, readFileSync(english, 'utf8').replace(/^translates:\n(?:\s+.*\n)+/mu, ''));
    const { status, output } = astroBuild({
      CONTENT_DIR: join(work, 'content'),
      OUT_DIR: join(work, 'dist'),
      CACHE_DIR: join(work, 'cache'),
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/en\/initiatives\/talent\.yaml: `translates`: missing/u);
  });
});
