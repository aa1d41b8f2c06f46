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
    const building = readdirSync('tests/unit')
      .filter((file) => file.endsWith('.test.ts'))
      .map((file) => `tests/unit/${file}`)
      // Directly, or through tests/unit/bad-content.ts.
      .filter((file) => /scripts\/lib\/astro-build|\.\/bad-content\.ts|astro\/bin\/astro/u.test(readFileSync(file, 'utf8')));
    expect(building.length).toBeGreaterThan(0);
    expect([...building].sort()).toEqual([...BUILD_FILES].sort());
    // Spawning astro directly would build in the checkout itself.
    expect(building.filter((file) => /astro\/bin\/astro/u.test(readFileSync(file, 'utf8')))).toEqual([]);
  });
});
