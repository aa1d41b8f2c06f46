/**
 * Status reviews, the “as of” of every status: the latest review of each commitment, the checks the build makes, the
 * overview's range, and `npm run status -- review`, which records one or refuses, writing nothing.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { latestReviews, reviewProblems, reviewRange, type ReviewRecord } from '#src/model/status-reviews.ts';
import { followEntries } from '#src/model/status-feed.ts';
import { statusReviewSchema } from '#src/schemas/status.ts';
import type { PlainDate } from '#src/schemas/plain-date.ts';

const review = (date: string, commitments: string[], file = `content/p/reviews/${date}.yaml`): ReviewRecord => ({
  date: date as PlainDate,
  commitments,
  file,
});

describe('the review model', () => {
  const reviews = [review('2026-03-01', ['a', 'b']), review('2026-06-01', ['b']), review('2026-01-15', ['a'])];

  it('gives each commitment its latest review, and none to one never reviewed', () => {
    const latest = latestReviews(reviews);
    expect(Object.fromEntries(latest)).toEqual({ a: '2026-03-01', b: '2026-06-01' });
    expect(latest.has('c')).toBe(false);
  });

  it('gives the overview the oldest and newest latest reviews, and how many were never reviewed', () => {
    expect(reviewRange([{ reviewed: '2026-03-01' as PlainDate }, { reviewed: '2026-06-01' as PlainDate }, {}])).toEqual({
      oldest: '2026-03-01',
      newest: '2026-06-01',
      unreviewed: 1,
    });
    expect(reviewRange([{}, {}])).toEqual({ oldest: undefined, newest: undefined, unreviewed: 2 });
  });

  it('refuses in the build a review naming an unknown or repeated commitment, naming the file and field', () => {
    expect(reviewProblems([review('2026-03-01', ['a', 'zz', 'a'])], ['a', 'b'])).toEqual([
      'content/p/reviews/2026-03-01.yaml: `commitments`: no commitment “zz” in this plan',
      'content/p/reviews/2026-03-01.yaml: `commitments`: “a” is listed twice',
    ]);
    expect(reviewProblems(reviews, ['a', 'b'])).toEqual([]);
  });

  it('puts the latest review in a followed page’s feed, after the updates of that day', () => {
    const commitment = { id: 'a', reviewed: '2026-06-01', updates: [{ date: '2026-06-01', status: 'in-progress' }] };
    const entries = followEntries({
      commitments: [commitment],
      published: [{ date: '2026-01-01', from: 'site', plan: 'p' }],
      corrections: [{ id: 'fix', date: '2026-02-01' }],
    });
    expect(entries.map((entry) => [entry.kind, entry.date])).toEqual([
      ['review', '2026-06-01'],
      ['update', '2026-06-01'],
      ['correction', '2026-02-01'],
      ['published', '2026-01-01'],
    ]);
  });
});

const work = mkdtempSync(join(tmpdir(), 'status-review-'));
const content = join(work, 'content');
const reviewsDir = join(content, 'eight-roads/reviews');
afterAll(() => rmSync(work, { recursive: true, force: true }));
beforeEach(() => {
  rmSync(content, { recursive: true, force: true });
  cpSync('content/eight-roads/commitments.yaml', join(content, 'eight-roads/commitments.yaml'));
  cpSync('content/eight-roads/zh/plan.yaml', join(content, 'eight-roads/zh/plan.yaml'));
  cpSync('content/eight-roads/status', join(content, 'eight-roads/status'), { recursive: true });
});
function status(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/status.ts', ...args], {
    env: { ...process.env, CONTENT_DIR: content },
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}
const files = () => (existsSync(reviewsDir) ? readdirSync(reviewsDir) : []);
const recorded = (date: string) => statusReviewSchema().parse(parse(readFileSync(join(reviewsDir, `${date}.yaml`), 'utf8')));

describe('npm run status -- review', () => {
  it('records one commitment’s review in the file of that day, which the build’s schema reads', () => {
    const { code, out } = status('review', 'new-5g-base-stations', '--date', '2026-12-01');
    expect(code).toBe(0);
    expect(out).toContain('reviews/2026-12-01.yaml');
    expect(files()).toEqual(['2026-12-01.yaml']);
    expect(recorded('2026-12-01')).toEqual({ date: '2026-12-01', commitments: ['new-5g-base-stations'] });
  });

  it('records a whole plan, adding to a review already recorded that day', () => {
    expect(status('review', 'new-5g-base-stations', '--date', '2026-12-01').code).toBe(0);
    expect(status('review', '--plan', 'eight-roads', '--date', '2026-12-01').code).toBe(0);
    const ids = (parse(readFileSync('content/eight-roads/commitments.yaml', 'utf8')) as { id: string }[]).map(({ id }) => id);
    const { commitments } = recorded('2026-12-01');
    expect(commitments[0]).toBe('new-5g-base-stations');
    expect([...commitments].sort()).toEqual([...ids].sort());
  });

  it.each([
    [
      'an unknown id, suggesting the nearest',
      ['new-5g-base-station', '--date', '2026-12-01'],
      /unknown commitment id “new-5g-base-station”; nearest: new-5g-base-stations/u,
    ],
    ['a date that does not exist', ['new-5g-base-stations', '--date', '2026-02-30'], /--date “2026-02-30” is not a real date/u],
    ['a missing date', ['new-5g-base-stations'], /--date is missing/u],
    ['a date in the future', ['new-5g-base-stations', '--date', '2999-01-01'], /--date 2999-01-01 is in the future/u],
    ['an unknown plan', ['--plan', 'nine-roads', '--date', '2026-12-01'], /--plan “nine-roads” is not a plan folder/u],
    ['an id and a plan together', ['new-5g-base-stations', '--plan', 'eight-roads', '--date', '2026-12-01'], /not both and not neither/u],
    ['an unknown option', ['new-5g-base-stations', '--day', '2026-12-01'], /Unknown option '--day'/u],
  ])('refuses %s and writes nothing', (_name, args, message) => {
    const { code, err } = status('review', ...args);
    expect(code).toBe(1);
    expect(err).toMatch(/^status: refused, nothing written:/u);
    expect(err).toMatch(message);
    expect(files()).toEqual([]);
  });

  it('refuses a review already recorded, leaving the file as it was', () => {
    expect(status('review', 'new-5g-base-stations', '--date', '2026-12-01').code).toBe(0);
    const before = readFileSync(join(reviewsDir, '2026-12-01.yaml'), 'utf8');
    const { code, err } = status('review', 'new-5g-base-stations', '--date', '2026-12-01');
    expect(code).toBe(1);
    expect(err).toContain('a review of “new-5g-base-stations” on 2026-12-01 is already recorded');
    expect(readFileSync(join(reviewsDir, '2026-12-01.yaml'), 'utf8')).toBe(before);
  });

  it('refuses a review dated before the commitment’s latest status update', () => {
    writeFileSync(
      join(content, 'eight-roads/status/new-5g-base-stations-2026-11-01-in-progress.yaml'),
      'commitment: new-5g-base-stations\ndate: 2026-11-01\nstatus: in-progress\nsource: https://example.org/x\nnoteZh: 测试。\nnoteEn: Test.\n',
    );
    const { code, err } = status('review', 'new-5g-base-stations', '--date', '2026-10-01');
    expect(code).toBe(1);
    expect(err).toContain('“new-5g-base-stations” has a status update dated 2026-11-01, after --date 2026-10-01');
    expect(files()).toEqual([]);
  });
});
