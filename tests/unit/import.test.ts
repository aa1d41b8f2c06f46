/** The import of the real seed: counts, every repair, and nothing lost or changed. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseArticle, type Structure } from '#scripts/import/parse-article.ts';

const article = readFileSync('seeds/eight-roads/article.txt', 'utf8');
const structure = parse(readFileSync('content/eight-roads/structure.yaml', 'utf8')) as Structure;
const parsed = parseArticle(article, structure);
const allParagraphs = [
  ...parsed.plan.lede,
  ...parsed.roads.flatMap((road) => road.paragraphs),
  ...parsed.initiatives.flatMap((initiative) => initiative.paragraphs),
];

describe('import of seeds/eight-roads/article.txt', () => {
  it('finds the title, the byline and the lede', () => {
    expect(parsed.plan.title).toBe('济宁高新区开创格局新、体制新、面貌新、风气新的“三次创业”新局面 走好高质量发展的“八条路”');
    expect(parsed.plan.byline).toBe('本报记者 张慧');
    expect(parsed.plan.lede).toHaveLength(1);
    expect(parsed.plan.lede[0]).toMatch(/^6日上午,济宁高新区经济工作会议召开/u);
  });

  it('finds 8 roads and 26 initiatives, in order', () => {
    expect(parsed.roads.map((road) => road.name)).toEqual([
      '有效投资',
      '产业升级',
      '创新驱动',
      '产城融合',
      '深化改革',
      '对外开放',
      '党建双基',
      '共建共享',
    ]);
    expect(parsed.initiatives).toHaveLength(26);
    expect(parsed.roads.map((road) => parsed.initiatives.filter((i) => i.road === road.slug).length)).toEqual([5, 4, 4, 4, 2, 3, 0, 4]);
  });

  it('keeps road (七) as six paragraphs with no invented headings', () => {
    const partyBuilding = parsed.roads[6];
    expect(partyBuilding.paragraphs).toHaveLength(6);
    expect(parsed.initiatives.some((initiative) => initiative.road === partyBuilding.slug)).toBe(false);
  });

  it('counts every paragraph after repair', () => {
    // 1 lede paragraph, 12 road paragraphs (6 of them road 七), one paragraph for each of the 26 initiatives.
    expect(allParagraphs).toHaveLength(1 + 12 + 26);
  });

  it.each([
    ['内环高架快速路(高新段)建成通车'],
    ['“准独角兽”企业群培育名录'],
    ['打好“露天烧烤、渣土治理”等六大攻坚战'],
    ['实施沿路楼体、主道路两侧'],
    ['等重点项目建设方面为重点,同时强化'],
    ['推行“标准地”“M0新型产业用地”“小微园区清理”'],
    ['打造“慧聚高新”招才品牌'],
    ['年内打造3处园区党群中心'],
    ['探索“乡村振兴合伙人”等新路子'],
    ['营造“安全放心、公平有序、和谐稳定”的高新营商环境'],
  ])('repairs the break in %s', (joined) => {
    expect(allParagraphs.filter((paragraph) => paragraph.includes(joined))).toHaveLength(1);
  });

  it('logs exactly the ten repairs it made', () => {
    expect(parsed.repairs).toHaveLength(10);
    expect(parsed.repairs.map((repair) => repair.file)).toContain('zh/roads/party-building.yaml');
  });

  it('loses, adds and reorders no character of the article', () => {
    const headings = (line: string) => line.replace(/^#+\s*◎?/u, '');
    const seedText = article.split('\n').map(headings).join('').replace(/\s+/gu, '');
    const imported = [
      parsed.plan.title,
      parsed.plan.byline,
      ...parsed.plan.lede,
      ...parsed.roads.flatMap((road) => [
        road.numeral + road.heading,
        ...road.paragraphs,
        ...parsed.initiatives.filter((i) => i.road === road.slug).flatMap((i) => [i.heading, ...i.paragraphs]),
      ]),
    ]
      .join('')
      .replace(/\s+/gu, '');
    expect(imported).toBe(seedText);
  });

  it('stops when the article and structure.yaml disagree', () => {
    const renamed = { ...structure, roads: structure.roads.map((road, i) => (i === 0 ? { ...road, zh: '别的名字' } : road)) };
    expect(() => parseArticle(article, renamed)).toThrow(/road 1 is “有效投资” in the article but “别的名字” in structure.yaml/u);
  });
});
