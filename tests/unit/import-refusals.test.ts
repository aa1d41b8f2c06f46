/**
 * The import refuses, naming the file and the line or field, and then has written nothing:
 * no half plan, no overwritten or deleted file (issue 14, case 4: a duplicate slug in structure.yaml).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPlans } from '#scripts/import/import-plans.ts';
import { tempDir } from './import-temp.ts';

const text = (...lines: string[]) => lines.join('\n\n');
const GOOD = text('标题', '导语。', '一、第一章', '（一）甲节', '甲。', '二、第二章', '正文。');

/** Every file under `dir` with its text: equal snapshots mean nothing was written. */
const snapshot = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => [join(entry.parentPath, entry.name).slice(dir.length), readFileSync(join(entry.parentPath, entry.name), 'utf8')])
    .sort(([a], [b]) => a.localeCompare(b));

/** A project folder with the real plan, and a new text to import into it. */
function project(newText?: string) {
  const work = tempDir();
  cpSync('seeds', join(work, 'seeds'), { recursive: true });
  cpSync('content/eight-roads', join(work, 'content/eight-roads'), { recursive: true });
  const textPath = join(work, 'new.txt');
  if (newText !== undefined) writeFileSync(textPath, newText);
  const options = { contentDir: join(work, 'content'), seedsDir: join(work, 'seeds') };
  return {
    work,
    all: () => importPlans(options),
    one: (plan = 'new-plan') => importPlans({ ...options, text: { path: textPath, plan } }),
  };
}

/** Imports `source` as a new plan and expects a refusal matching `message` that wrote nothing at all. */
function expectRefusal(source: string, message: RegExp) {
  const { work, one } = project(source);
  const before = snapshot(work);
  expect(one).toThrow(message);
  expect(snapshot(work)).toEqual(before);
}

describe('the import refuses a text it cannot read', () => {
  it('when a numbered line could be a heading or body text, naming the line', () => {
    expectRefusal(
      text('标题', '导语。', '一、第一章', '（一）加快基础设施建设。新建道路12条。'),
      /new\.txt: line 7: cannot tell whether “（一）加快基础设施建设。新建道路12条。…” is a heading or body text/u,
    );
  });

  it('when the text has no recognisable outline', () => {
    expectRefusal(text('标题', '第一段。', '第二段。'), /new\.txt: line 1: no recognisable outline/u);
  });

  it('when a numbered heading is missing, naming the line after the gap', () => {
    expectRefusal(
      text('标题', '导语。', '一、第一章', '正文。', '三、第三章', '正文。'),
      /line 9: heading 三、 is number 3 but should be 2/u,
    );
  });

  it('when the text has a third outline level', () => {
    expectRefusal(
      text('标题', '导语。', '一、章', '（一）节', '◎小节', '正文。'),
      /line 9: a third outline level \(◎ under 一、 and （一）\)/u,
    );
  });

  it('when a （一） section heading comes before the first 一、 chapter, naming its line', () => {
    expectRefusal(
      text('标题', '导语。', '（一）甲节', '甲。', '一、第一章', '正文。', '（一）乙节', '乙。'),
      /new\.txt: line 5: heading “（一）甲节” \(（一）\) comes before the first 一、 heading, on line 9: 一、 ranks above （一）, so the outline would be read upside down/u,
    );
  });

  it('when a line holds an invisible or bidirectional control character, naming the line and the character', () => {
    expectRefusal(
      text('标题', '导语\u202e。', '一、第一章', '正文。'),
      /new\.txt: line 3: U\+202E RIGHT-TO-LEFT OVERRIDE at character 3 \(after “导语”\)/u,
    );
  });

  it('when a ### heading comes before the first ##, naming its line', () => {
    expectRefusal(
      text('# 标题', '导语。', '### 节', '甲。', '## 章', '正文。'),
      /new\.txt: line 5: heading “节” \(###\) comes before the first ## heading, on line 9/u,
    );
  });

  it('when the text starts with a heading instead of a title', () => {
    expectRefusal(text('一、第一章', '正文。'), /line 1: the text starts with a heading/u);
  });

  it('when a section has no text', () => {
    expectRefusal(text('标题', '导语。', '一、章', '（一）空节', '（二）节', '正文。'), /line 7: section “空节” has no text/u);
  });

  it('when there is no lede', () => {
    expectRefusal(text('标题', '一、章', '正文。'), /line 3: expected a lede paragraph/u);
  });

  it('when the plan slug is not ASCII', () => {
    const { one } = project(GOOD);
    expect(() => one('新计划')).toThrow(/--plan 新计划: “新计划” is not a slug/u);
    expect(() => one('site')).toThrow(/--plan site: “site” is a folder of content\/ that is not a plan/u);
  });

  it.each(['about', 'search', 'glossary', 'commitments', 'status', 'corrections', 'en', 'zh'])(
    'when the plan slug %s is a route or a language of the site',
    (name) => {
      const { one } = project(GOOD);
      expect(() => one(name)).toThrow(`--plan ${name}: “${name}” is a route or a language of the site itself`);
    },
  );

  it('when the text or a plan folder’s article.txt is missing', () => {
    const { work, one, all } = project();
    expect(() => one()).toThrow(/new\.txt: no such file/u);
    cpSync(join(work, 'seeds/eight-roads/README.md'), join(work, 'seeds/empty/README.md'));
    expect(all).toThrow(/seeds\/empty\/article\.txt: no such file/u);
  });

  it('when seeds/ already holds a different text for the plan', () => {
    const { work, one } = project(GOOD);
    const before = snapshot(work);
    expect(() => one('eight-roads')).toThrow(/seeds\/eight-roads\/article\.txt already holds a different text for plan eight-roads/u);
    expect(snapshot(work)).toEqual(before);
  });
});

describe('the import refuses a bad structure.yaml before writing anything', () => {
  /** Runs `npm run import` after editing the real plan's outline. */
  function withStructure(edit: (structure: string) => string, message: RegExp) {
    const { work, all } = project();
    const path = join(work, 'content/eight-roads/structure.yaml');
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
    const before = snapshot(work);
    expect(all).toThrow(message);
    expect(snapshot(work)).toEqual(before);
    return work;
  }

  it('a duplicate slug: no file is overwritten or deleted (issue 14, case 4)', () => {
    const work = withStructure(
      (yaml) => yaml.replace('slug: city-management', 'slug: smart-city'),
      /content\/eight-roads\/structure\.yaml: roads\.3\.initiatives\.1\.slug: duplicate initiative slug “smart-city”/u,
    );
    expect(existsSync(join(work, 'content/eight-roads/zh/initiatives/city-management.yaml'))).toBe(true);
    expect(readFileSync(join(work, 'content/eight-roads/zh/initiatives/smart-city.yaml'), 'utf8')).toContain('建设新型智慧城市');
  });

  it('an author that the byline does not name: structured data never guesses a name', () => {
    withStructure((yaml) => yaml.replace('author: 张慧', 'author: 李明'), /`source\.author`: “李明” is not in the byline “本报记者 张慧”/u);
  });

  it('a duplicate road slug', () => {
    withStructure(
      (yaml) => yaml.replace('slug: opening-up', 'slug: deepening-reform'),
      /roads\.5\.slug: duplicate road slug “deepening-reform”/u,
    );
  });

  it('a slug that is not lowercase ASCII', () => {
    withStructure(
      (yaml) => yaml.replace('slug: talent', 'slug: Talent Pool'),
      /roads\.2\.initiatives\.1\.slug: a slug is lowercase ASCII/u,
    );
  });

  it('an unknown field, a missing field, and a plan name that is not its folder', () => {
    withStructure((yaml) => yaml.replace('    zh: 有效投资', '    zh: 有效投资\n    title: x'), /roads\.0: Unrecognized key/u);
    withStructure((yaml) => yaml.replace('    zh: 有效投资\n', ''), /roads\.0\.zh: /u);
    withStructure(
      (yaml) => yaml.replace('plan: eight-roads', 'plan: nine-roads'),
      /structure\.yaml: plan: is “nine-roads” but the folder is eight-roads/u,
    );
  });

  it('a heading that no longer matches the text, naming the line', () => {
    withStructure(
      (yaml) => yaml.replace('zh: 建设温暖家园', 'zh: 建设温馨家园'),
      /article\.txt: line 155: initiative “建设温暖家园” is “建设温馨家园” in structure\.yaml/u,
    );
  });

  it('an empty file (issue 14, case 5), naming it', () => {
    withStructure(() => '', /content\/eight-roads\/structure\.yaml: \(file\): .*expected object/u);
  });

  it('YAML that does not parse', () => {
    withStructure((yaml) => `${yaml}\n  - [unclosed`, /content\/eight-roads\/structure\.yaml: .*flow sequence/isu);
  });
});

describe('overrides.yaml', () => {
  it('is refused when the line it names no longer ends as it says', () => {
    const { work, all } = project();
    writeFileSync(join(work, 'seeds/eight-roads/overrides.yaml'), 'keepApart:\n  - { line: 139, ends: 年内打造4 }\n');
    const before = snapshot(work);
    expect(all).toThrow(
      /seeds\/eight-roads\/overrides\.yaml: keepApart expects line 139 to end with “年内打造4”, but it ends with “”等,年内打造3”/u,
    );
    expect(snapshot(work)).toEqual(before);
  });

  it('is refused when it names a heading line', () => {
    const { work, all } = project();
    writeFileSync(join(work, 'seeds/eight-roads/overrides.yaml'), 'join:\n  - { line: 133, ends: 创新基层治理 }\n');
    expect(all).toThrow(/article\.txt: line 133: overrides\.yaml names this line, but it is a title, byline, date or heading/u);
  });

  it('keeps a line apart, or joins one the rule would keep, and logs the forced join', () => {
    const { work, all } = project();
    // Line 139 is cut mid-sentence (年内打造3 / 处园区党群中心); line 135 ends a sentence.
    writeFileSync(
      join(work, 'seeds/eight-roads/overrides.yaml'),
      'keepApart:\n  - { line: 139, ends: 年内打造3 }\njoin:\n  - { line: 135, ends: 。 }\n',
    );
    all();
    const road = readFileSync(join(work, 'content/eight-roads/zh/roads/party-building.yaml'), 'utf8');
    expect(road).toMatch(/年内打造3\n/u);
    const repairs = readFileSync(join(work, 'content/eight-roads/zh/repairs.yaml'), 'utf8');
    expect(repairs).toContain('override: true');
    expect(repairs).not.toContain('after: 处园区党群中心、');
  });
});

describe('the import is all or nothing across plans', () => {
  it('writes no plan when one of them is refused', () => {
    const { work, all } = project();
    writeFileSync(join(work, 'content/eight-roads/zh/plan.yaml'), 'an old file the import would rewrite\n');
    cpSync(join(work, 'seeds/eight-roads'), join(work, 'seeds/broken'), { recursive: true });
    writeFileSync(join(work, 'seeds/broken/article.txt'), text('标题', '没有提纲。'));
    const before = snapshot(work);
    expect(all).toThrow(/seeds\/broken\/article\.txt: line 1: no recognisable outline/u);
    expect(snapshot(work)).toEqual(before);
  });
});

describe('npm run import on the command line', () => {
  it('exits 1 with the reason, and leaves no trace of the new plan', () => {
    const { work } = project(text('标题', '第一段。'));
    const result = spawnSync(process.execPath, [resolve('scripts/import-seed.ts'), 'new.txt', '--plan', 'new-plan'], {
      cwd: work,
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^import refused, nothing written: new\.txt: line 1: no recognisable outline/u);
    expect(existsSync(join(work, 'content/new-plan'))).toBe(false);
    expect(existsSync(join(work, 'seeds/new-plan'))).toBe(false);
  });

  it('prints its usage for --help, exits 0 and writes nothing', () => {
    const work = tempDir();
    const result = spawnSync(process.execPath, [resolve('scripts/import-seed.ts'), '--help'], { cwd: work, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^usage: npm run import \[-- <path-to-text> --plan <slug>\]\n/u);
    expect(result.stderr).toBe('');
    expect(readdirSync(work)).toEqual([]);
  });

  it('explains its usage when --plan comes without a text', () => {
    const result = spawnSync(process.execPath, [resolve('scripts/import-seed.ts'), '--plan', 'x'], { cwd: tempDir(), encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('usage: npm run import [-- <path-to-text> --plan <slug>]');
  });
});
