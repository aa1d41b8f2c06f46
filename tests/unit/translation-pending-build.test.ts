/**
 * (The in-progress case; the complete plan's are in translation-versions.test.ts.)
 * A translation records the version of the Chinese it translates. When the seed changes (6日 → 8日)
 * and `npm run import` rewrites the Chinese, a complete plan's build stops naming the English file and
 * paragraph; in a plan whose translation is in progress, the page is marked pending instead.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importAndBuild } from './translation-versions.ts';

describe('a change to the Chinese after translation', () => {
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
});
