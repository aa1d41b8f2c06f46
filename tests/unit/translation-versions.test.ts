/**
 * A translation records the version of the Chinese it translates. When the seed changes (6日 → 8日)
 * and `npm run import` rewrites the Chinese, a complete plan's build stops naming the English file and
 * paragraph; in a plan whose translation is in progress, the page is marked pending instead.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importAndBuild, stamp } from './translation-versions.ts';

describe('a change to the Chinese after translation', () => {
  it('stops the build of a complete plan: translation out of date, with file and paragraph', () => {
    const { status, output } = importAndBuild();
    expect(status).not.toBe(0);
    expect(output).toMatch(/translation out of date: \S*content\/eight-roads\/en\/plan\.yaml ¶1 /u);
    // Only the changed paragraph is named.
    expect(output.match(/translation out of date/gu)).toHaveLength(1);
  });

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
