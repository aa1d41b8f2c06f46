/** Every unit file that runs `astro build` is in vitest.config.ts's BUILD_FILES, so no two builds share .astro/ at once. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILD_FILES } from '../../vitest.config.ts';

describe('unit files that build the site', () => {
  it('are all run one at a time', () => {
    const building = readdirSync('tests/unit')
      .filter((file) => file.endsWith('.test.ts'))
      .map((file) => `tests/unit/${file}`)
      .filter((file) => /scripts\/lib\/astro-build|astro\/bin\/astro/u.test(readFileSync(file, 'utf8')));
    expect(building.length).toBeGreaterThan(0);
    expect([...building].sort()).toEqual([...BUILD_FILES].sort());
  });
});
