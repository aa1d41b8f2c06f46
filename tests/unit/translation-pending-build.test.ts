/**
 * (The refused cases are in translation-versions.test.ts.) After the seed changes (6日 → 8日) and `npm run import`
 * rewrites the Chinese, one build holds two plans: in eight-roads the translator has updated the English and stamped
 * the file again, so the build is accepted; in a plan whose translation is in progress the changed page is marked
 * pending instead of stopping the build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { edit } from './edit-file.ts';
import { importAndBuild, stamp } from './translation-versions.ts';

let result: ReturnType<typeof importAndBuild>;
beforeAll(() => {
  result = importAndBuild({
    'eight-roads': {
      prepare: (plan) => {
        edit(join(plan, 'en/plan.yaml'), (text) => text.replace('On the morning of the 6th,', 'On the morning of the 8th,'));
        stamp(plan);
      },
    },
    'plan-in-translation': {
      // The plan's structure.yaml says whether its translation is complete; the import carries it into zh/plan.yaml.
      beforeImport: (plan) => {
        edit(join(plan, 'structure.yaml'), (text) => `translation: in-progress\n${text}`);
      },
    },
  });
}, 240_000);

describe('a change to the Chinese after translation', () => {
  it('is accepted once the translator has updated the English and re-stamped the file', () => {
    expect(result.status, result.output).toBe(0);
    expect(readFileSync(join(result.outDir, 'en/eight-roads/index.html'), 'utf8')).not.toContain('data-translation-pending');
  });

  it('marks the page as pending in a plan whose translation is in progress', () => {
    expect(result.status, result.output).toBe(0);
    const fullText = readFileSync(join(result.outDir, 'en/plan-in-translation/index.html'), 'utf8');
    expect(fullText).toContain('data-translation-pending');
    expect(fullText).toContain('This page’s translation is pending');
    // Pages whose Chinese did not change are not marked.
    expect(
      readFileSync(join(result.outDir, 'en/plan-in-translation/industry-city-integration/smart-city/index.html'), 'utf8'),
    ).not.toContain('data-translation-pending');
  });
});
