/**
 * A newcomer's setup: TMPDIR beside the clone, sharing its path as a prefix (/tmp/clone-tmp next to /tmp/clone).
 * Test builds must still work there (Astro compares paths by prefix; see scripts/lib/work-dir.ts).
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../../scripts/lib/astro-build.ts';
import { makeWorkDir, removeWorkDir } from '../../scripts/lib/work-dir.ts';

const besideCheckout = `${process.cwd()}-tmp`;
mkdirSync(besideCheckout, { recursive: true });
// In this process too: a scratch folder taken from os.tmpdir() would land beside the checkout and fail.
const previousTmpdir = process.env.TMPDIR;
process.env.TMPDIR = besideCheckout;
const work = makeWorkDir('tmpdir-');

afterAll(() => {
  removeWorkDir(work);
  if (previousTmpdir === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = previousTmpdir;
  rmSync(besideCheckout, { recursive: true, force: true });
});

describe('with TMPDIR beside the checkout', () => {
  it('a test build succeeds and writes its pages', () => {
    const { status, output } = astroBuild({ TMPDIR: besideCheckout, OUT_DIR: join(work, 'dist'), CACHE_DIR: join(work, 'cache') });
    expect(output).not.toContain('Cannot find package');
    expect(status, output.slice(-2000)).toBe(0);
    expect(existsSync(join(work, 'dist/en/index.html'))).toBe(true);
  });
});
