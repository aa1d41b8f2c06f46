/**
 * `npm run build` replaces dist/ only with a build that succeeded: a failed build (bad content) leaves the last good
 * dist/ as it was, and no scratch folder behind. One real build that stops at the content sync, in a copy of the
 * project; the swap itself in-process.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnv, projectCopy } from '#tools/lib/astro-build.ts';
import { makeWorkDir } from '#tools/lib/work-dir.ts';
import { buildAndSwap } from '#tools/lib/swap-build.ts';

const works: string[] = [];
afterAll(() => {
  for (const dir of works) rmSync(dir, { recursive: true, force: true });
});

/** A folder holding a "last good build": dist/index.html. */
function lastGoodBuild() {
  const work = makeWorkDir('build-swap-');
  works.push(work);
  const dist = join(work, 'dist');
  mkdirSync(dist);
  writeFileSync(join(dist, 'index.html'), '<p>the last good build</p>');
  return { work, dist };
}

describe('a build swapped in on success', () => {
  it('replaces the old build whole, leaving nothing beside it', () => {
    const { work, dist } = lastGoodBuild();
    const code = buildAndSwap(dist, (outDir) => {
      writeFileSync(join(outDir, 'new.html'), 'new');
      return 0;
    });
    expect(code).toBe(0);
    expect(readdirSync(dist)).toEqual(['new.html']);
    expect(readdirSync(work)).toEqual(['dist']);
  });

  it('keeps the old build when the build fails part-way, and removes what it wrote', () => {
    const { work, dist } = lastGoodBuild();
    const code = buildAndSwap(dist, (outDir) => {
      writeFileSync(join(outDir, 'half.html'), 'half');
      return 1;
    });
    expect(code).toBe(1);
    expect(readdirSync(dist)).toEqual(['index.html']);
    expect(readdirSync(work)).toEqual(['dist']);
  });
});

describe('npm run build with content that fails', () => {
  it('exits non-zero, says dist/ is unchanged, and leaves it untouched', () => {
    const { work, dist } = lastGoodBuild();
    const root = projectCopy();
    works.push(root);
    // An English page whose YAML does not parse: the content sync stops the build.
    writeFileSync(join(root, 'content/eight-roads/en/plan.yaml'), 'title: [unclosed\n');
    const result = spawnSync(process.execPath, [resolve(root, 'tools/build.ts')], {
      cwd: root,
      env: buildEnv({ OUT_DIR: dist, CACHE_DIR: join(work, 'cache') }),
      encoding: 'utf8',
    });
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toMatch(/content\/eight-roads\/en\/plan.yaml/u);
    expect(result.stderr).toContain(`${dist} is unchanged, the last good build`);
    expect(readdirSync(dist)).toEqual(['index.html']);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('<p>the last good build</p>');
    expect(readdirSync(work).filter((name) => name !== 'cache')).toEqual(['dist']);
  });
});
