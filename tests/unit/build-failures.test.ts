/**
 * Bad content stops `astro build` with a message naming the file and the field.
 * Each case copies content/ to a temporary folder, breaks one thing, and builds from it.
 */
import { cpSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild } from '../../scripts/lib/astro-build.ts';
import { makeWorkDir } from '../../scripts/lib/work-dir.ts';

function buildWith(breakContent: (dir: string) => void): { status: number | null; output: string } {
  const work = makeWorkDir('bad-content-');
  const contentDir = join(work, 'content');
  cpSync('content', contentDir, { recursive: true });
  breakContent(join(contentDir, 'eight-roads'));
  const result = astroBuild({ CONTENT_DIR: contentDir, OUT_DIR: join(work, 'dist'), CACHE_DIR: join(work, 'cache') });
  rmSync(work, { recursive: true, force: true });
  return result;
}

const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));

describe('astro build with bad content', () => {
  it('stops on a missing English page, naming the file it expected', () => {
    const { status, output } = buildWith((plan) => rmSync(join(plan, 'en/initiatives/smart-city.yaml')));
    expect(status).not.toBe(0);
    expect(output).toMatch(/en\/initiatives\/smart-city\.yaml: `file`: missing English translation/u);
  });

  it('stops on a missing field, naming the file and the field', () => {
    const { status, output } = buildWith((plan) =>
      edit(join(plan, 'en/roads/opening-up.yaml'), (text) => text.replace(/^title:.*$/mu, '')),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/eight-roads\/en\/roads\/opening-up\.yaml/u);
    expect(output).toMatch(/title: Required/u);
  });

  it('stops on a reference to a road that does not exist', () => {
    const { status, output } = buildWith((plan) =>
      edit(join(plan, 'zh/initiatives/smart-city.yaml'), (text) => text.replace(/^road: .*$/mu, 'road: no-such-road')),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/zh\/initiatives\/smart-city\.yaml: `road`: no road “no-such-road”/u);
  });

  it('stops on a duplicate slug', () => {
    const { status, output } = buildWith((plan) => {
      // An initiative given the slug of a road: references by slug would become ambiguous.
      renameSync(join(plan, 'zh/initiatives/talent.yaml'), join(plan, 'zh/initiatives/opening-up.yaml'));
      renameSync(join(plan, 'en/initiatives/talent.yaml'), join(plan, 'en/initiatives/opening-up.yaml'));
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/zh\/initiatives\/opening-up\.yaml: `slug`: duplicate slug “opening-up”/u);
  });
});
