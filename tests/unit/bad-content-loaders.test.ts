/**
 * Bad content refused at the content sync, tested in-process: each case writes a few files (most of them copies of the
 * reference plan's, with one slip) into a scratch project and runs the collection's loader and schema from
 * src/content.config.ts as the sync does (./run-loader.ts). A refusal names the file and the field.
 * tests/unit/bad-content-files.test.ts keeps real builds that stop at the content sync.
 */
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { planFiles, yamlFiles, yamlFilesPerPlan, yamlList, yamlListPerPlan } from '#src/loaders/yaml-loaders.ts';
import { correctionSchema } from '#src/schemas/correction.ts';
import { translationSchema } from '#src/schemas/translation.ts';
import { commitmentSchema } from '#src/schemas/commitment.ts';
import { planOriginalSchema } from '#src/schemas/original.ts';
import { statusUpdateSchema } from '#src/schemas/status.ts';
import { statusFileProblems } from '#src/checks/status-files.ts';
import { todayUtc } from '#src/schemas/plain-date.ts';
import { refusalOf, runLoader, scratchProject } from './run-loader.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));
/** A scratch project with `files`, removed after the tests. */
const project = (files: Record<string, string>) => {
  const root = scratchProject(files);
  roots.push(root);
  return root;
};
const real = (path: string) => readFileSync(path, 'utf8');
const PLAN = 'content/eight-roads';
const PLAN_FILE = real(`${PLAN}/zh/plan.yaml`);

describe('a correction date', () => {
  const corrections = (date: string) =>
    project({ 'content/corrections.yaml': real('content/corrections.yaml').replace(/^ {2}date: \d{4}-\d{2}-\d{2}$/mu, `  date: ${date}`) });
  const load = (root: string) => refusalOf(yamlList('content/corrections.yaml'), correctionSchema(), root);

  it.each(['20260331', '2026-02-30', '2026-3-5', '2026-03-31T12:00:00+08:00', '"2026-03-31 12:00"'])(
    'refuses %s, naming the file and the field',
    async (date) => {
      expect(await load(corrections(date))).toMatch(
        /^content\/corrections\.yaml: .*\*?\*?date\*?\*?: a date is a real calendar date written YYYY-MM-DD/u,
      );
    },
  );

  it('keeps a plain date as the text it was written as', async () => {
    const entries = await runLoader(yamlList('content/corrections.yaml'), correctionSchema(), corrections('2024-02-29'));
    expect([...entries.values()][0].data.date).toBe('2024-02-29');
  });
});

describe('a misspelt field', () => {
  it('in a translation (note: for notes:) is refused with the nearest known field', async () => {
    const file = `${PLAN}/en/initiatives/industrial-funds.yaml`;
    const root = project({ 'content/eight-roads/zh/plan.yaml': PLAN_FILE, [file]: real(file).replace(/^notes:$/mu, 'note:') });
    expect(await refusalOf(yamlFiles({ base: 'content', pattern: '*/en/**/*.yaml' }), translationSchema(), root)).toMatch(
      /^content\/eight-roads\/en\/initiatives\/industrial-funds\.yaml: .*unknown field “note”; the nearest known field is “notes”/u,
    );
  });

  it('in en/plan.yaml (translation: in-progress, which belongs in structure.yaml) is refused', async () => {
    const file = `${PLAN}/en/plan.yaml`;
    const root = project({ [file]: `${real(file)}translation: in-progress\n` });
    expect(await refusalOf(yamlFiles({ base: 'content', pattern: '*/en/**/*.yaml' }), translationSchema(), root)).toMatch(
      /^content\/eight-roads\/en\/plan\.yaml: .*unknown field “translation”; the nearest known field is “translates”/u,
    );
  });

  it('in a commitment (continue: for continues:) is refused', async () => {
    const file = `${PLAN}/commitments.yaml`;
    const text = real(file).replace(/^(- id: technology-upgrade-investment-plan\n)/mu, '$1  continue: older-plan/some-id\n');
    const root = project({ 'content/eight-roads/zh/plan.yaml': PLAN_FILE, [file]: text });
    expect(await refusalOf(yamlListPerPlan({ base: 'content', fileName: 'commitments.yaml' }), commitmentSchema(), root)).toMatch(
      /^content\/eight-roads\/commitments\.yaml: .*technology-upgrade-investment-plan.*unknown field “continue”; the nearest known field is “continues”/u,
    );
  });

  it('in a correction (version: for versions:) is refused', async () => {
    const text = real('content/corrections.yaml').replace(/^( {2}date: 2026-11-28)$/mu, '$1\n  version: [zh]');
    const root = project({ 'content/corrections.yaml': text });
    expect(await refusalOf(yamlList('content/corrections.yaml'), correctionSchema(), root)).toMatch(
      /^content\/corrections\.yaml: .*unknown field “version”; the nearest known field is “versions”/u,
    );
  });

  it('in a generated Chinese file is refused too', async () => {
    const root = project({ 'content/eight-roads/zh/plan.yaml': `${PLAN_FILE}titel: x\n` });
    expect(await refusalOf(planFiles({ base: 'content' }), planOriginalSchema(), root)).toMatch(
      /^content\/eight-roads\/zh\/plan\.yaml: .*unknown field “titel”; the nearest known field is “title”/u,
    );
  });
});

describe('a plan folder name', () => {
  it.each([
    ['search', 'is a route or a language of the site itself'],
    ['corrections', 'is a route or a language of the site itself'],
    ['en', 'is a route or a language of the site itself'],
    ['Plan2', 'is not a slug'],
    ['计划二', 'is not a slug'],
  ])('%s is refused, naming the file', async (name, why) => {
    const root = project({ [`content/${name}/zh/plan.yaml`]: PLAN_FILE, 'content/eight-roads/zh/plan.yaml': PLAN_FILE });
    const message = await refusalOf(planFiles({ base: 'content' }), planOriginalSchema(), root);
    expect(message).toContain(`content/${name}/zh/plan.yaml: \`folder\`: “${name}” ${why}`);
    expect(message).not.toContain('content/eight-roads/');
  });

  it('a slug that is no route loads', async () => {
    const root = project({ 'content/second-plan/zh/plan.yaml': PLAN_FILE });
    expect([...(await runLoader(planFiles({ base: 'content' }), planOriginalSchema(), root)).keys()]).toEqual(['second-plan/zh/plan']);
  });
});

describe('status files', () => {
  const FIXTURE = real('tests/fixtures/status-update.yaml');
  const statusLoader = () =>
    yamlFilesPerPlan({
      base: 'content',
      folder: 'status',
      itemSchema: statusUpdateSchema(),
      ignore: ['README.md'],
      checkFiles: (updates) => statusFileProblems(updates, todayUtc(), 'UTC'),
    });
  const withStatus = (files: Record<string, string>) =>
    project({
      'content/eight-roads/zh/plan.yaml': PLAN_FILE,
      'content/eight-roads/status/README.md': real(`${PLAN}/status/README.md`),
      ...Object.fromEntries(Object.entries(files).map(([name, text]) => [`content/eight-roads/status/${name}`, text])),
    });
  const load = (files: Record<string, string>) => refusalOf(statusLoader(), undefined, withStatus(files));

  it('dated in the future (written by hand) is refused, as the CLI refuses it', async () => {
    expect(await load({ 'late.yaml': FIXTURE.replace(/^date: .*$/mu, 'date: 2099-01-01') })).toMatch(
      /content\/eight-roads\/status\/late\.yaml: `date`: 2099-01-01 is in the future \(today is \d{4}-\d{2}-\d{2} in UTC, the plan.s time zone\)/u,
    );
  });

  it('with the same commitment, date and status as another is refused, naming both files', async () => {
    const message = await load({ 'a.yaml': FIXTURE, 'b.yaml': FIXTURE });
    expect(message).toContain(
      'content/eight-roads/status/a.yaml: `file`: an update of “new-5g-base-stations” on 2026-01-15 with status in-progress already exists (content/eight-roads/status/b.yaml)',
    );
    expect(message).toContain('content/eight-roads/status/b.yaml: `file`: an update of “new-5g-base-stations” on 2026-01-15');
  });

  it.each(['later/update.yaml', 'update.YAML', 'update.yml', 'notes.txt'])(
    'that would be skipped (%s) is refused, naming the file',
    async (name) => {
      expect(await load({ [name]: FIXTURE.replace(/^source: .*$/mu, 'source: "javascript:alert(1)"') })).toBe(
        `content/eight-roads/status/${name}: \`file\`: not read: status/ holds <name>.yaml files only, directly in it`,
      );
    },
  );

  it('of one commitment on one day, without a moment of entry to order them, are refused', async () => {
    const completed = FIXTURE.replace(/^status: .*$/mu, 'status: completed');
    expect(await load({ 'a.yaml': FIXTURE, 'b.yaml': completed })).toMatch(
      /content\/eight-roads\/status\/a\.yaml: `recorded`: content\/eight-roads\/status\/b\.yaml updates “new-5g-base-stations” on the same day/u,
    );
  });

  it('of one commitment on one day, each with its moment of entry, load; the README beside them is not an update', async () => {
    const completed = FIXTURE.replace(/^status: .*$/mu, 'status: completed');
    const files = {
      'a.yaml': `${completed}recorded: 2026-01-15T10:00:00.000Z\n`,
      'b.yaml': `${FIXTURE}recorded: 2026-01-15T09:00:00.000Z\n`,
    };
    const entries = await runLoader(statusLoader(), undefined, withStatus(files));
    const updates = entries.get('eight-roads')!.data.updates as { status: string; recorded: string }[];
    expect(updates.map((update) => update.status).sort()).toEqual(['completed', 'in-progress']);
  });
});
