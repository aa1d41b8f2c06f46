/**
 * `npm run import -- <text> --plan <slug>` on a made-up plan in the 一、/（一） style
 * (tests/fixtures/invented-plan/): outline, whole paragraphs, logged joins, and a repeatable re-import.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { initiativeOriginalSchema, planOriginalSchema, repairLogSchema, roadOriginalSchema } from '#src/schemas/original.ts';
import { structureSchema } from '#src/schemas/structure.ts';
import { importPlans } from '#scripts/import/import-plans.ts';
import { endsSentence } from '#scripts/import/repair-breaks.ts';
import { tempDir } from './import-temp.ts';

const FIXTURE = resolve('tests/fixtures/invented-plan');
const article = readFileSync(join(FIXTURE, 'article.txt'), 'utf8');

/** A project folder holding eight-roads' outline and the fixture's overrides, then the import run in it. */
function importFixture(): { work: string; output: string; read: (file: string) => unknown } {
  const work = tempDir();
  mkdirSync(join(work, 'content/eight-roads'), { recursive: true });
  cpSync('content/eight-roads/structure.yaml', join(work, 'content/eight-roads/structure.yaml'));
  cpSync('content/site', join(work, 'content/site'), { recursive: true });
  mkdirSync(join(work, 'seeds/invented-plan'), { recursive: true });
  cpSync(join(FIXTURE, 'overrides.yaml'), join(work, 'seeds/invented-plan/overrides.yaml'));
  const output = importPlans({
    contentDir: join(work, 'content'),
    seedsDir: join(work, 'seeds'),
    text: { path: join(FIXTURE, 'article.txt'), plan: 'invented-plan' },
  }).join('\n');
  const read = (file: string) => parse(readFileSync(join(work, 'content/invented-plan', file), 'utf8')) as unknown;
  return { work, output, read };
}

describe('importing a new plan', () => {
  it('writes an outline with ASCII slugs from pinyin, in the text’s order, as the next plan, in progress', () => {
    const { read } = importFixture();
    const structure = structureSchema().parse(read('structure.yaml'));
    expect(structure.plan).toBe('invented-plan');
    expect(structure.order).toBe(2);
    expect(structure.translation).toBe('in-progress');
    expect(structure.roads.map((road) => road.zh)).toEqual(['坚持项目为王', '推动产业升级', '加强基层治理', '增进民生福祉']);
    expect(structure.roads.map((road) => road.initiatives.length)).toEqual([2, 2, 0, 2]);
    expect(structure.roads[0]).toEqual({
      slug: 'jian-chi-xiang-mu-wei-wang',
      zh: '坚持项目为王',
      initiatives: [
        { slug: 'jia-kuai-ji-chu-she-shi', zh: '加快基础设施建设' },
        { slug: 'qiang-hua-yao-su-bao-zhang', zh: '强化要素保障' },
      ],
    });
  });

  it('records the title, byline, lede and source, with “not stated” for what the text does not give', () => {
    const plan = planOriginalSchema().parse(importFixture().read('zh/plan.yaml'));
    expect(plan.title).toBe('青川新区2027年经济工作要点（虚构文本，仅供测试）');
    expect(plan.byline).toBe('青川新区管委会办公室');
    expect(plan.source).toEqual({ publisher: 'not stated', date: '2027年1月12日' });
    expect(plan.translation).toBe('in-progress');
    expect(plan.lede).toEqual([
      '2027年是青川新区发展承上启下的关键之年。全区将围绕“产业强区、生态立区”的目标，重点抓好四个方面工作，全年地区生产总值增长6%左右。',
    ]);
  });

  it('keeps every paragraph whole, a chapter without sections as its own paragraphs, and the override’s line apart', () => {
    const { work, read } = importFixture();
    const dir = (name: string) => readdirSync(join(work, 'content/invented-plan/zh', name)).map((file) => `zh/${name}/${file}`);
    const roads = dir('roads').map((file) => roadOriginalSchema().parse(read(file)));
    const initiatives = dir('initiatives').map((file) => initiativeOriginalSchema().parse(read(file)));
    const governance = roads.find((road) => road.name === '加强基层治理');
    expect(governance?.numeral).toBe('三、');
    expect(governance?.paragraphs).toEqual([
      '完善网格化管理体系，全区划分网格260个。',
      '推行“街乡吹哨、部门报到”机制，年内建成15个社区综合服务中心。',
      '深化平安青川建设，开展矛盾纠纷排查化解专项行动。',
    ]);
    expect(initiatives.find((initiative) => initiative.heading === '加快基础设施建设')).toMatchObject({
      numeral: '（一）',
      order: 1,
      paragraphs: ['新建改造道路12条，建成青川大道东延段，开工建设污水处理厂二期。'],
    });
    const employment = initiatives.find((initiative) => initiative.heading === '稳定扩大就业');
    expect(employment?.paragraphs).toEqual(['主要目标', '新增城镇就业3000人，城镇调查失业率控制在5.5%以内。']);
    const paragraphs = [...roads, ...initiatives].flatMap((entry) => entry.paragraphs).filter((paragraph) => paragraph !== '主要目标');
    // 1 paragraph in road 一, 3 in road 三, one in each of the 6 initiatives.
    expect(paragraphs).toHaveLength(1 + 3 + 6);
    expect(paragraphs.filter((paragraph) => !endsSentence(paragraph))).toEqual([]);
  });

  it('logs each join in repairs.yaml and prints it', () => {
    const { output, read } = importFixture();
    const { repairs } = repairLogSchema().parse(read('zh/repairs.yaml'));
    expect(repairs).toEqual([
      { file: 'zh/plan.yaml', before: '重点抓好四个方面', after: '工作，全年地区生' },
      { file: 'zh/initiatives/jia-kuai-ji-chu-she-shi.yaml', before: '建成青川大道东延', after: '段，开工建设污水' },
      { file: 'zh/initiatives/fa-zhan-shu-zi-jing-ji.yaml', before: '“专精特新”企业', after: '20家，数字经济' },
      { file: 'zh/roads/jia-qiang-ji-ceng-zhi-li.yaml', before: '制，年内建成15', after: '个社区综合服务中' },
    ]);
    expect(output).toContain('invented-plan: 4 roads, 6 initiatives, 4 repaired breaks');
    expect(output).toContain('joined zh/initiatives/jia-kuai-ji-chu-she-shi.yaml: …建成青川大道东延 | 段，开工建设污水…');
  });

  it('loses, adds and reorders no character of the text', () => {
    const { work, read } = importFixture();
    const plan = planOriginalSchema().parse(read('zh/plan.yaml'));
    const structure = structureSchema().parse(read('structure.yaml'));
    const imported = [
      plan.title,
      plan.byline,
      '（2027年1月12日）',
      ...plan.lede,
      ...structure.roads.flatMap((outline) => {
        const road = roadOriginalSchema().parse(read(`zh/roads/${outline.slug}.yaml`));
        return [
          road.numeral + road.heading,
          ...road.paragraphs,
          ...outline.initiatives.flatMap(({ slug }) => {
            const initiative = initiativeOriginalSchema().parse(read(`zh/initiatives/${slug}.yaml`));
            return [(initiative.numeral ?? '') + initiative.heading, ...initiative.paragraphs];
          }),
        ];
      }),
    ].join('');
    expect(imported).toBe(article.replace(/\s+/gu, ''));
    expect(readFileSync(join(work, 'seeds/invented-plan/article.txt'), 'utf8')).toBe(article);
  });

  it('imports again from seeds/ with `npm run import`, with the same result, checking the headings against the outline', () => {
    const { work } = importFixture();
    const snapshot = () =>
      readdirSync(join(work, 'content'), { recursive: true })
        .map(String)
        .sort()
        .map((file) => [file, readOrEmpty(join(work, 'content', file))]);
    const before = snapshot();
    execFileSync(process.execPath, [resolve('scripts/import-seed.ts')], { cwd: work, encoding: 'utf8' });
    expect(snapshot()).toEqual(before);
  });
});

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '(folder)';
  }
}
