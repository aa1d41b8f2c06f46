/** A translation must record the version of the Chinese it translates: without one, the build stops naming file and field. */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild } from '../../scripts/lib/astro-build.ts';
import { makeWorkDir } from '../../scripts/lib/work-dir.ts';
import { works } from './translation-versions.ts';

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
