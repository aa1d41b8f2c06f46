/**
 * How a promise changes from plan to plan, on made-up plans (tests/fixtures/made-up-chains/plans.yaml): each relation
 * (same, revised, merged, split, dropped) read through the build's schemas, found from both sides, and the checks that
 * stop a wrong one, naming the file, the commitment and the field.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkChains, commitmentRelations, type ChainLink, type DroppedLink } from '#src/model/commitment-chain.ts';
import { commitmentSchema, droppedCommitmentSchema } from '#src/schemas/commitment.ts';

const FIXTURE = 'tests/fixtures/made-up-chains/plans.yaml';
interface FixturePlan {
  order: number;
  commitments: unknown[];
  dropped?: (Record<string, unknown> & { file: string })[];
}
const fixture = parse(readFileSync(FIXTURE, 'utf8')) as {
  plans: Record<string, FixturePlan>;
  paragraphs: Record<string, Record<number, string>>;
};
const links: (ChainLink & { en: string })[] = Object.entries(fixture.plans).flatMap(([plan, { commitments }]) =>
  commitments.map((data) => ({ ...commitmentSchema().parse(data), plan })),
);
const drops: (DroppedLink & { file: string })[] = Object.entries(fixture.plans).flatMap(([plan, { dropped = [] }]) =>
  dropped.map(({ file, ...data }) => ({ ...droppedCommitmentSchema().parse(data), plan, file })),
);
const order = new Map(Object.entries(fixture.plans).map(([plan, { order }]) => [plan, order]));
const fileOf = (plan: string) => `content/${plan}/commitments.yaml`;
const paragraphOf = (plan: string, source: DroppedLink['source']) => fixture.paragraphs[plan]?.[source.paragraph];
const find = (key: string) => links.find((link) => `${link.plan}/${link.id}` === key)!;
const relations = (key: string) => commitmentRelations(links, drops, find(key));
const keys = (items: ChainLink[]) => items.map((item) => `${item.plan}/${item.id}`);
const check = (all = links, dropped = drops) => checkChains(all, dropped, order, fileOf, paragraphOf);

describe('the made-up plans’ relations', () => {
  it('pass the build’s checks', () => {
    expect(check()).toEqual([]);
  });

  it('read the short form `continues: <plan>/<id>` as the same undertaking', () => {
    expect(find('y2025/kindergartens').continues).toEqual({ from: ['y2024/kindergartens'], relation: 'same' });
    expect(relations('y2024/kindergartens').later.map(({ relation, later }) => [relation, later.id])).toEqual([['same', 'kindergartens']]);
  });

  it('give a revised target both amounts, from the earlier side and the later one', () => {
    const later = relations('y2025/base-stations');
    expect(later.earlier).toMatchObject({ relation: 'revised', revised: { from: '400个', to: '350个' } });
    expect(keys(later.earlier!.earlier)).toEqual(['y2024/base-stations']);
    const earlier = relations('y2024/base-stations');
    expect(earlier.later.map(({ relation, revised }) => [relation, revised])).toEqual([['revised', { from: '400个', to: '350个' }]]);
    // The same undertaking carried on once more from the revised one.
    expect(relations('y2025/base-stations').later.map(({ relation, later }) => [relation, `${later.plan}/${later.id}`])).toEqual([
      ['same', 'y2026/base-stations'],
    ]);
  });

  it('list every source of a merge, and on each source the others merged with it', () => {
    expect(keys(relations('y2025/waterfront').earlier!.earlier)).toEqual(['y2024/river-walk', 'y2024/lake-park']);
    const walk = relations('y2024/river-walk').later;
    expect(walk.map(({ relation, later }) => [relation, later.id])).toEqual([['merged', 'waterfront']]);
    expect(keys(walk[0].partners)).toEqual(['y2024/lake-park']);
  });

  it('list every part of a split on the earlier commitment, and each part’s siblings', () => {
    expect(relations('y2024/schools').later.map(({ relation, later }) => [relation, later.id])).toEqual([
      ['split', 'school-renovation'],
      ['split', 'hospital-renovation'],
    ]);
    expect(keys(relations('y2025/school-renovation').earlier!.siblings)).toEqual(['y2025/hospital-renovation']);
  });

  it('show a drop on the dropped commitment, with its reason and source', () => {
    expect(relations('y2024/ferry')).toMatchObject({
      earlier: undefined,
      later: [],
      dropped: [{ plan: 'y2025', reason: { en: 'The ferry is replaced by the bridge over the river.' }, source: { paragraph: 5 } }],
    });
  });

  it('leave a commitment without relations alone', () => {
    expect(relations('y2024/lake-park').dropped).toEqual([]);
    expect(relations('y2025/hospital-renovation').later).toEqual([]);
  });
});

describe('checkChains refuses', () => {
  const replace = (key: string, continues: unknown) =>
    links.map((link) =>
      `${link.plan}/${link.id}` === key ? { ...link, continues: commitmentSchema().shape.continues.parse(continues) } : link,
    );

  it('a continues that names no commitment, or a plan that is not earlier', () => {
    expect(check(replace('y2025/kindergartens', 'y2024/kindergarden'))).toEqual([
      'content/y2025/commitments.yaml (kindergartens): `continues`: no commitment “y2024/kindergarden”',
    ]);
    expect(check(replace('y2024/lake-park', 'y2026/base-stations'))).toEqual([
      'content/y2024/commitments.yaml (lake-park): `continues`: “y2026” is not an earlier plan than “y2024” (order)',
    ]);
  });

  it('a revised target that does not name both measures, or names one that is not there', () => {
    expect(check(replace('y2025/base-stations', { from: 'y2024/base-stations', relation: 'revised' }))).toEqual([
      'content/y2025/commitments.yaml (base-stations): `continues`.revised: a revised target names both measures (from: the earlier amount, to: this one)',
    ]);
    expect(
      check(replace('y2025/base-stations', { from: 'y2024/base-stations', relation: 'revised', revised: { from: '500个', to: '350个' } })),
    ).toEqual([
      'content/y2025/commitments.yaml (base-stations): `continues`.revised.from: “500个” is no measure amount of “y2024/base-stations”',
    ]);
  });

  it('a merge of one, a split into one, and a commitment continued twice', () => {
    expect(check(replace('y2025/waterfront', { from: ['y2024/river-walk'], relation: 'merged' }))).toEqual([
      'content/y2025/commitments.yaml (waterfront): `continues`: merged names two or more earlier commitments in `from`',
    ]);
    expect(check(replace('y2025/hospital-renovation', undefined))).toEqual([
      'content/y2025/commitments.yaml (school-renovation): `continues`: “y2024/schools” is split into one commitment only; split needs two or more (or use same)',
    ]);
    expect(check(replace('y2025/waterfront', 'y2024/kindergartens'))).toEqual([
      'content/y2025/commitments.yaml (kindergartens): `continues`: “y2024/kindergartens” is already continued by y2025/kindergartens, y2025/waterfront',
    ]);
  });

  it('a drop whose source is not in its paragraph, or of a commitment that is continued', () => {
    const wrong = drops.map((drop) => ({ ...drop, source: { ...drop.source, zh: '继续开通渡轮' } }));
    expect(check(links, wrong)).toEqual([`${FIXTURE}: \`source.zh\`: not in paragraph 5 of that page`]);
    const continued = drops.map((drop) => ({ ...drop, commitment: 'y2024/kindergartens' }));
    expect(check(links, continued)).toEqual([
      `${FIXTURE}: \`commitment\`: “y2024/kindergartens” is dropped but continued by y2025/kindergartens`,
    ]);
  });

  it('a drop without its reason or source (the schema)', () => {
    const { file: _file, ...drop } = fixture.plans.y2025.dropped![0];
    expect(droppedCommitmentSchema().safeParse(drop).success).toBe(true);
    for (const field of ['reason', 'source']) {
      const without = Object.fromEntries(Object.entries(drop).filter(([key]) => key !== field));
      expect(droppedCommitmentSchema().safeParse(without).success, field).toBe(false);
    }
  });
});
