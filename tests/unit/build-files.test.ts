/**
 * Every unit file that runs `astro build` is in vitest.config.ts's BUILD_FILES (given a build's time), and builds
 * through astroBuild, which gives each build its own copy of the project: builds run side by side and beside the
 * checkout's own astro processes, so none may write the checkout's .astro/.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILD_FILES } from '../../vitest.config.ts';

describe('unit files that build the site', () => {
  it('are all listed, and build in a copy of the project of their own', () => {
    const files = readdirSync('tests/unit').filter((file) => file.endsWith('.ts'));
    const builds = (file: string) => /tools\/lib\/astro-build|astro\/bin\/astro/u.test(readFileSync(`tests/unit/${file}`, 'utf8'));
    // Helpers that build for the files that import them (bad-content.ts, translation-versions.ts).
    const helpers = files.filter((file) => !file.endsWith('.test.ts') && builds(file));
    const building = files
      .filter((file) => file.endsWith('.test.ts'))
      .filter((file) => builds(file) || helpers.some((helper) => readFileSync(`tests/unit/${file}`, 'utf8').includes(`'./${helper}'`)))
      .map((file) => `tests/unit/${file}`);
    expect(building.length).toBeGreaterThan(0);
    expect([...building].sort()).toEqual([...BUILD_FILES].sort());
    // Spawning astro directly would build in the checkout itself.
    expect(files.filter((file) => /astro\/bin\/astro/u.test(readFileSync(`tests/unit/${file}`, 'utf8')))).toEqual([]);
  });
});
