/** One term, one rendering: the pure checker and the page pairs it is given. */
import { describe, expect, it } from 'vitest';
import { checkRenderings, type Rendering } from '#src/checks/consistent-renderings.ts';
import { pageTextPairs, unknownExceptionFields } from '#src/checks/page-text-pairs.ts';

const terms: Rendering[] = [
  { id: 'tough-battle', zh: ['硬仗'], en: ['tough battle'] },
  { id: 'critical-battles', zh: ['三大攻坚战'], en: ['three critical battles'] },
  { id: 'unicorn', zh: ['独角兽'], en: ['unicorn'] },
  { id: 'quasi-unicorn', zh: ['准独角兽'], en: ['quasi-unicorn'] },
  { id: 'one-zone-ten-parks', zh: ['一区十园'], en: ['one zone, ten parks'] },
];

describe('checkRenderings', () => {
  it('accepts English that uses a listed form, in any case', () => {
    expect(checkRenderings([{ file: 'a.yaml', zh: '打好三大攻坚战', en: 'Fight the Three Critical Battles well' }], terms)).toEqual([]);
  });

  it('names the file, the term and the English text when another rendering is used', () => {
    expect(
      checkRenderings(
        [{ file: 'commitments.yaml (three-tough-battles)', zh: '打好三大攻坚战', en: 'fight the three tough battles' }],
        terms,
      ),
    ).toEqual([
      'commitments.yaml (three-tough-battles): term “critical-battles” (三大攻坚战) is not rendered as “three critical battles” in: fight the three tough battles',
    ]);
  });

  it('holds the numeral style: “1 zone, 10 parks” is not “one zone, ten parks”', () => {
    const problems = checkRenderings([{ file: 'c.yaml', zh: '实体化运作“一区十园”', en: 'Run "1 zone, 10 parks" as entities' }], terms);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('“one-zone-ten-parks”');
  });

  it('does not count a shorter term inside a longer one (独角兽 in 准独角兽)', () => {
    expect(checkRenderings([{ file: 'a.yaml', zh: '“准独角兽”企业', en: '"quasi-unicorn" enterprises' }], terms)).toEqual([]);
    expect(checkRenderings([{ file: 'a.yaml', zh: '“瞪羚”“独角兽”企业', en: '"gazelle" and "star" enterprises' }], terms)).toEqual([
      'a.yaml: term “unicorn” (独角兽) is not rendered as “unicorn” in: "gazelle" and "star" enterprises',
    ]);
  });

  it('finds every item that shares a Chinese form', () => {
    const names: Rendering[] = [
      { id: 'japan', zh: ['日韩'], en: ['Japan'] },
      { id: 'south-korea', zh: ['日韩'], en: ['South Korea'] },
    ];
    expect(checkRenderings([{ file: 'a.yaml', zh: '盯紧日韩', en: 'watch Japan' }], names, { kind: 'name' })).toEqual([
      'a.yaml: name “south-korea” (日韩) is not rendered as “South Korea” in: watch Japan',
    ]);
  });

  it('matches proper names in their exact case when asked', () => {
    const names: Rendering[] = [{ id: 'taifeng-hydraulic', zh: ['泰丰液压'], en: ['Taifeng Hydraulic'] }];
    const pair = { file: 'b.yaml', zh: '泰丰液压减速机', en: 'Taifeng hydraulic speed reducers' };
    expect(checkRenderings([pair], names, { kind: 'name' })).toEqual([]);
    expect(checkRenderings([pair], names, { kind: 'name', caseSensitive: true })).toEqual([
      'b.yaml: name “taifeng-hydraulic” (泰丰液压) is not rendered as “Taifeng Hydraulic” in: Taifeng hydraulic speed reducers',
    ]);
  });

  it('lets an exception with a reason stand, and reports exceptions that are stale or unexplained', () => {
    const pair = { file: 's.yaml', zh: '打好四场“硬仗”', en: 'win four battles' };
    expect(checkRenderings([{ ...pair, exceptions: [{ id: 'tough-battle', reason: 'The summary says it plainly.' }] }], terms)).toEqual([]);
    expect(
      checkRenderings(
        [
          {
            ...pair,
            exceptions: [
              { id: 'unicorn', reason: 'x' },
              { id: 'tough-battle', reason: ' ' },
            ],
          },
        ],
        terms,
      ),
    ).toEqual([
      's.yaml: exception for term “unicorn”, which the Chinese does not contain',
      's.yaml: exception for term “tough-battle” gives no reason',
    ]);
    expect(checkRenderings([{ ...pair, en: 'win four tough battles', exceptions: [{ id: 'tough-battle', reason: 'r' }] }], terms)).toEqual([
      's.yaml: exception for term “tough-battle” is not needed: the English uses its listed form',
    ]);
  });
});

describe('pageTextPairs', () => {
  const original = { heading: '打好产业项目建设“硬仗”', paragraphs: ['第一段“硬仗”。', '第二段。'] };
  const translation = { title: 'Win the "tough battle"', summary: 'Four battles.', paragraphs: ['The tough battle.', 'Second.'] };

  it('pairs title, summary (with the whole Chinese page) and each paragraph, naming the field', () => {
    const pairs = pageTextPairs('en/x.yaml', original, translation);
    expect(pairs.map((pair) => pair.file)).toEqual(['en/x.yaml: `title`', 'en/x.yaml: `summary`', 'en/x.yaml: `p1`', 'en/x.yaml: `p2`']);
    expect(pairs[1].zh).toBe('第一段“硬仗”。\n第二段。');
    expect(checkRenderings(pairs, terms)).toEqual([
      'en/x.yaml: `summary`: term “tough-battle” (硬仗) is not rendered as “tough battle” in: Four battles.',
    ]);
  });

  it('applies an exception only to its own field', () => {
    const exceptions = [{ field: 'summary', ids: ['tough-battle'], reason: 'The summary leaves the term out.' }];
    expect(checkRenderings(pageTextPairs('en/x.yaml', original, translation, exceptions), terms)).toEqual([]);
    const wrongField = [{ field: 'p2', ids: ['tough-battle'], reason: 'r' }];
    expect(checkRenderings(pageTextPairs('en/x.yaml', original, translation, wrongField), terms)).toHaveLength(2);
  });

  it('leaves the summary out when asked (proper names are not required in a summary)', () => {
    expect(pageTextPairs('en/x.yaml', original, translation, [], { summary: false }).map((pair) => pair.file)).not.toContain(
      'en/x.yaml: `summary`',
    );
  });

  it('reports an exception for a paragraph that does not exist', () => {
    expect(unknownExceptionFields('en/x.yaml', 2, [{ field: 'p3', ids: ['a'], reason: 'r' }])).toEqual([
      'en/x.yaml: exception for field “p3”, which the page does not have',
    ]);
  });
});
