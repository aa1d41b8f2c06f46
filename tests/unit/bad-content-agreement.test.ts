/**
 * Bad content stops the build with a message naming the file and the field: content that reads well alone but
 * not with the rest (a missing English page, a translation that records no version, a road that does not exist, a
 * duplicate slug, figures that differ between the languages, a glossary term rendered another way, a search synonym
 * for no word on the pages). Tested in-process: the collections' loaders read a broken copy of content/, and the
 * content check the build runs (src/model/plan-build.ts) gets their entries (./bad-content-check.ts).
 * The content check reports every problem of the plans in one run, so one copy with seven broken things shows each
 * one's message, and it holds that no problem hides another. The checks across plans (the shared glossary, the
 * search synonyms) need every plan to have passed its own, so the synonym case has a copy of its own.
 */
import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkWith, type Check } from './bad-content-check.ts';
import { edit } from './edit-file.ts';

let build: Check;

beforeAll(async () => {
  build = await checkWith((plan) => {
    // A Chinese page without its English page.
    rmSync(join(plan, 'en/initiatives/warm-home.yaml'));
    // A translation that does not record which version of the Chinese it translates.
    edit(join(plan, 'en/initiatives/green-home.yaml'), (text) => text.replace(/^translates:\n(?:\s+.*\n)+/mu, ''));
    // A reference to a road that does not exist.
    edit(join(plan, 'zh/initiatives/smart-city.yaml'), (text) => text.replace(/^road: .*$/mu, 'road: no-such-road'));
    // An initiative given the slug of a road: references by slug would become ambiguous.
    renameSync(join(plan, 'zh/initiatives/talent.yaml'), join(plan, 'zh/initiatives/opening-up.yaml'));
    renameSync(join(plan, 'en/initiatives/talent.yaml'), join(plan, 'en/initiatives/opening-up.yaml'));
    // A wrong figure in a translation.
    edit(join(plan, 'en/initiatives/smart-city.yaml'), (text) => text.replaceAll('build 400 new 5G', 'build 40 new 5G'));
    // A commitment whose English states a figure its Chinese lacks.
    edit(join(plan, 'commitments.yaml'), (text) =>
      text.replace(
        'Launch a technology-upgrade investment plan of 10 billion',
        'Launch a technology-upgrade investment plan of 100 billion',
      ),
    );
    // A glossary term rendered another way.
    edit(join(plan, 'en/roads/shared-development.yaml'), (text) =>
      text.replace('win the three critical battles,', 'win the three tough battles,'),
    );
    // A currency the Chinese does not name (规模百亿).
    edit(join(plan, 'en/initiatives/industrial-funds.yaml'), (text) =>
      text.replace('with a scale of 10 billion (currency not stated).', 'with a scale of RMB 10 billion.'),
    );
  });
});

describe('the content check with content that does not agree with the rest', () => {
  it('stops', () => {
    expect(build.status).not.toBe(0);
  });

  it('names a missing English page: the file it expected', () => {
    expect(build.output).toMatch(/en\/initiatives\/warm-home\.yaml: `file`: missing English translation/u);
  });

  it('names a translation that records no version: the file and the field', () => {
    expect(build.output).toMatch(/en\/initiatives\/green-home\.yaml: `translates`: missing/u);
  });

  it('names a reference to a road that does not exist', () => {
    expect(build.output).toMatch(/zh\/initiatives\/smart-city\.yaml: `road`: no road “no-such-road”/u);
  });

  it('names a duplicate slug', () => {
    expect(build.output).toMatch(/zh\/initiatives\/opening-up\.yaml: `slug`: duplicate slug “opening-up”/u);
  });

  it('names a wrong figure in a translation: the file, the paragraph and both figures', () => {
    expect(build.output).toContain(
      'en/initiatives/smart-city.yaml: `paragraphs` ¶1: figures differ: the Chinese states 400, the English does not; the English states 40, the Chinese does not',
    );
    expect(build.output).toContain(
      'en/initiatives/smart-city.yaml: `summary`: figures differ: the English states 40, the Chinese does not',
    );
  });

  it('names a commitment whose English states a figure its Chinese lacks', () => {
    expect(build.output).toMatch(/commitments\.yaml \(technology-upgrade-investment-plan\): `en`: .*the English states 100 billion/u);
  });

  it('names a commitment whose English is not the span of its paragraph', () => {
    expect(build.output).toMatch(
      /commitments\.yaml \(technology-upgrade-investment-plan\): `en`: “Launch a technology-upgrade investment plan of 100 billion \(currency not stated\)” is not in the English of paragraph 1/u,
    );
  });

  it('names a currency that the Chinese does not state: the file, the paragraph and the words', () => {
    expect(build.output).toMatch(
      /en\/initiatives\/industrial-funds\.yaml: `paragraphs` ¶1: names a currency \(RMB\) 1 time, the Chinese \(元\) 0/u,
    );
  });

  it('names a glossary term rendered another way: the file, the term and the English text', () => {
    expect(build.output).toMatch(
      /en\/roads\/shared-development\.yaml: `p1`: term “three-critical-battles” \(三大攻坚战\) is not rendered as “three critical battles” in: .*win the three tough battles/u,
    );
  });

  it('stops on a search synonym that leads to no word of the English pages', async () => {
    const { status, output } = await checkWith((plan) =>
      edit(join(plan, '../search/synonyms.yaml'), (text) => text.replace('- site: kindergartens', '- site: creches')),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/search\/synonyms\.yaml: `0\.site`: “creches” is not on the English pages/u);
  });
});
