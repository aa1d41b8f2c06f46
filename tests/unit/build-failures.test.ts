/**
 * Bad content stops `astro build` with a message naming the file and the field.
 * Each case copies content/ to a temporary folder, breaks one thing, and builds from it.
 */
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild } from '../../scripts/lib/astro-build.ts';
import { makeWorkDir } from '../../scripts/lib/work-dir.ts';

function buildWith(breakContent: (dir: string) => void): { status: number | null; output: string } {
  const work = makeWorkDir('bad-content-');
  const contentDir = join(work, 'content');
  cpSync('content', contentDir, { recursive: true });
  breakContent(join(contentDir, 'eight-roads'));
  const result = astroBuild({ CONTENT_DIR: contentDir, OUT_DIR: join(work, 'dist'), CACHE_DIR: join(work, 'cache') });
  rmSync(work, { recursive: true, force: true });
  return result;
}

const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));

describe('astro build with bad content', () => {
  it('stops on a missing English page, naming the file it expected', () => {
    const { status, output } = buildWith((plan) => rmSync(join(plan, 'en/initiatives/smart-city.yaml')));
    expect(status).not.toBe(0);
    expect(output).toMatch(/en\/initiatives\/smart-city\.yaml: `file`: missing English translation/u);
  });

  it('stops on a missing field, naming the file and the field', () => {
    const { status, output } = buildWith((plan) =>
      edit(join(plan, 'en/roads/opening-up.yaml'), (text) => text.replace(/^title:.*$/mu, '')),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/eight-roads\/en\/roads\/opening-up\.yaml/u);
    expect(output).toMatch(/title: Required/u);
  });

  it('stops on a reference to a road that does not exist', () => {
    const { status, output } = buildWith((plan) =>
      edit(join(plan, 'zh/initiatives/smart-city.yaml'), (text) => text.replace(/^road: .*$/mu, 'road: no-such-road')),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/zh\/initiatives\/smart-city\.yaml: `road`: no road “no-such-road”/u);
  });

  it('stops on a duplicate slug', () => {
    const { status, output } = buildWith((plan) => {
      // An initiative given the slug of a road: references by slug would become ambiguous.
      renameSync(join(plan, 'zh/initiatives/talent.yaml'), join(plan, 'zh/initiatives/opening-up.yaml'));
      renameSync(join(plan, 'en/initiatives/talent.yaml'), join(plan, 'en/initiatives/opening-up.yaml'));
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/zh\/initiatives\/opening-up\.yaml: `slug`: duplicate slug “opening-up”/u);
  });

  it('stops on a wrong figure in a translation, naming the file, the paragraph and both figures', () => {
    const { status, output } = buildWith((plan) =>
      edit(join(plan, 'en/initiatives/smart-city.yaml'), (text) => text.replaceAll('build 400 new 5G', 'build 40 new 5G')),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      'en/initiatives/smart-city.yaml: `paragraphs` ¶1: figures differ: the Chinese states 400, the English does not; the English states 40, the Chinese does not',
    );
    expect(output).toContain('en/initiatives/smart-city.yaml: `summary`: figures differ: the English states 40, the Chinese does not');
  });

  it('stops on a commitment whose English states a figure its Chinese lacks', () => {
    const { status, output } = buildWith((plan) =>
      edit(join(plan, 'commitments.yaml'), (text) =>
        text.replace('Launch the RMB 10 billion technology upgrade', 'Launch the RMB 100 billion technology upgrade'),
      ),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/commitments\.yaml \(technology-upgrade-investment-plan\): `en`: .*the English states 100 billion/u);
  });

  it.each([
    ['an English page', 'en/roads/opening-up.yaml'],
    ['a list of commitments', 'commitments.yaml'],
  ])('stops on an empty YAML file (%s), naming the file', (_case, file) => {
    const { status, output } = buildWith((plan) => writeFileSync(join(plan, file), '# emptied by mistake\n'));
    expect(status).not.toBe(0);
    expect(output).toContain(`${file}: \`file\`: the file is empty`);
  });

  it.each([
    ['commitments.yaml', /^- id: new-5g-base-stations$/mu, 'new-5g-base-stations'],
    // The glossary is shared by all plans: content/glossary.yaml, beside the plan folders.
    ['../glossary.yaml', /^- id: (\S+)$/mu, ''],
  ])('stops on a duplicate id in %s instead of dropping an entry', (file, entryStart, knownId) => {
    let id = knownId;
    const { status, output } = buildWith((plan) =>
      edit(join(plan, file), (text) => {
        // Append a copy of the first matching entry: same id, same content.
        const start = text.search(entryStart);
        const next = text.indexOf('\n- ', start + 1);
        const entry = text.slice(start, next === -1 ? undefined : next + 1);
        id ||= /^- id: (\S+)/u.exec(entry)![1];
        return `${text.trimEnd()}\n${entry.trimEnd()}\n`;
      }),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(new RegExp(`/${file.replace('../', '').replace('.', '\\.')}: \`id\`: duplicate id “${id}”`, 'u'));
  });
});

describe('astro build with a bad status update', () => {
  const withStatusUpdate = (change: (text: string) => string) =>
    buildWith((plan) => {
      mkdirSync(join(plan, 'status'), { recursive: true });
      writeFileSync(join(plan, 'status/update.yaml'), change(readFileSync('tests/fixtures/status-update.yaml', 'utf8')));
    });

  it.each(['20260331', '2026-02-30', '2026-3-5', '"2026-03-31T12:00:00+08:00"'])(
    'refuses the date %s, naming the file and the field',
    (date) => {
      const { status, output } = withStatusUpdate((text) => text.replace(/^date: .*$/mu, `date: ${date}`));
      expect(status).not.toBe(0);
      expect(output).toContain('status/update.yaml');
      expect(output).toMatch(/date: a date is a real calendar date written YYYY-MM-DD/u);
    },
  );

  it.each(['javascript:alert(document.domain)', 'data:text/html,hello'])('refuses the source %s, which would become a link', (source) => {
    const { status, output } = withStatusUpdate((text) => text.replace(/^source: .*$/mu, `source: "${source}"`));
    expect(status).not.toBe(0);
    expect(output).toContain('status/update.yaml');
    expect(output).toMatch(/source: a link is a full https:\/\/ \(or http:\/\/\) address/u);
  });

  it('stops on a glossary term rendered another way, naming the file, the term and the English text', () => {
    const { status, output } = buildWith((plan) =>
      edit(join(plan, 'en/roads/shared-development.yaml'), (text) =>
        text.replace('fight the three critical battles well', 'fight the three tough battles well'),
      ),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /en\/roads\/shared-development\.yaml: `p1`: term “three-critical-battles” \(三大攻坚战\) is not rendered as “three critical battles” in: .*fight the three tough battles well/u,
    );
  });

  it('stops on a search synonym that leads to no word of the English pages', () => {
    const { status, output } = buildWith((plan) =>
      edit(join(plan, '../search/synonyms.yaml'), (text) => text.replace('- site: kindergartens', '- site: creches')),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/search\/synonyms\.yaml: `0\.site`: “creches” is not on the English pages/u);
  });
});
