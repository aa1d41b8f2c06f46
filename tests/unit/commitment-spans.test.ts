/** One rendering per clause: each commitment's English stands, word for word, in the English paragraph it cites. */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkCommitmentSpans, isSpanOf, spanCounts, MAX_EXCEPTED_SHARE, type CommitmentSpan } from '#src/checks/commitment-spans.ts';

const PARAGRAPH = 'Launch a technology-upgrade investment plan; support "zero additional land" upgrades; and add 27 km of waterways.';
const paragraphs = () => [PARAGRAPH];
const commitment = (id: string, en: string, enNotSpan?: string): CommitmentSpan => ({
  id,
  filePath: 'content/p/commitments.yaml',
  data: { road: 'road-a', paragraph: 1, en, ...(enNotSpan ? { enNotSpan } : {}) },
});

describe('isSpanOf', () => {
  it('accepts a clause of the paragraph, capitalised, without the closing punctuation, with curly quotes', () => {
    expect(isSpanOf('Add 27 km of waterways', PARAGRAPH)).toBe(true);
    expect(isSpanOf('Support “zero additional land” upgrades', PARAGRAPH)).toBe(true);
    expect(isSpanOf('Launch a technology-upgrade investment plan;', PARAGRAPH)).toBe(true);
  });
  it('refuses the same clause in other words', () => {
    expect(isSpanOf('Add 27 km of new waterways', PARAGRAPH)).toBe(false);
    expect(isSpanOf('Launch the technology upgrade investment plan', PARAGRAPH)).toBe(false);
  });
});

describe('checkCommitmentSpans', () => {
  it('names the commitment whose English is not in its paragraph', () => {
    const problems = checkCommitmentSpans([commitment('waterways', 'Add 27 km of new waterways')], paragraphs);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('content/p/commitments.yaml (waterways): `en`');
    expect(problems[0]).toContain('paragraph 1');
  });
  it('accepts a stated reason, refuses a stale one, and keeps the reasons few', () => {
    expect(checkCommitmentSpans([commitment('a', 'Other words', 'the subject is in an earlier sentence')], paragraphs)).toEqual([
      expect.stringContaining('at most 0 may be'),
    ]);
    const many = Array.from({ length: 40 }, (_, index) => commitment(`c${index}`, 'Add 27 km of waterways'));
    expect(checkCommitmentSpans([...many, commitment('a', 'Other words', 'a reason')], paragraphs)).toEqual([]);
    expect(checkCommitmentSpans([...many, commitment('b', 'Add 27 km of waterways', 'a reason')], paragraphs)).toEqual([
      expect.stringContaining('(b): `enNotSpan`: the English is a span'),
    ]);
  });
});

describe('the published commitments', () => {
  const PLAN = 'content/eight-roads';
  const entries = parse(readFileSync(join(PLAN, 'commitments.yaml'), 'utf8')) as (CommitmentSpan['data'] & { id: string })[];
  const commitments = entries.map((data) => ({ id: data.id, filePath: `${PLAN}/commitments.yaml`, data }));
  const englishOf = (road: string, initiative: string | undefined) => {
    const file = join(PLAN, 'en', initiative ? 'initiatives' : 'roads', `${initiative ?? road}.yaml`);
    return existsSync(file) ? (parse(readFileSync(file, 'utf8')) as { paragraphs: string[] }).paragraphs : undefined;
  };
  it('stand in their English paragraphs, except the few that say why', () => {
    const { spans, excepted, failing } = spanCounts(commitments, englishOf);
    expect(failing).toEqual([]);
    expect(excepted.length).toBeLessThanOrEqual(Math.floor(commitments.length * MAX_EXCEPTED_SHARE));
    expect(spans.length + excepted.length).toBe(commitments.length);
  });
});
