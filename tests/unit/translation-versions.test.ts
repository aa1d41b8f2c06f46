/**
 * A translation records the version of the Chinese it translates. When the seed changes (6日 → 8日) and
 * `npm run import` rewrites the Chinese, a complete plan's build stops, naming the English file and paragraph.
 * One build holds both refusals, each in a plan of its own (the content check reports every problem at once);
 * the accepted and the in-progress cases are in translation-pending-build.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { importAndBuild, stamp } from './translation-versions.ts';

let result: { status: number | null; output: string };
beforeAll(() => {
  result = importAndBuild({ 'eight-roads': {}, 'restamped-plan': { prepare: stamp } });
}, 240_000);

describe('a change to the Chinese after translation', () => {
  it('stops the build of a complete plan: translation out of date, with file and paragraph', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/translation out of date: \S*content\/eight-roads\/en\/plan\.yaml ¶1 /u);
    // Only the changed paragraph is named, and not in the plan whose file was stamped again.
    expect(result.output.match(/translation out of date/gu)).toHaveLength(1);
  });

  it('is still refused when the file is re-stamped but the English not updated: the figures differ', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(
      /restamped-plan\/en\/plan\.yaml: `paragraphs` ¶1: figures differ: the Chinese states 8, the English does not; the English states 6, the Chinese does not/u,
    );
  });
});
