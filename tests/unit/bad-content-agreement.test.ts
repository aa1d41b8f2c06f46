/**
 * Bad content stops `astro build` with a message naming the file and the field: content that reads well alone but
 * not with the rest (a road that does not exist, a duplicate slug, figures that differ between the languages, a
 * glossary term rendered another way, a search synonym for no word on the pages). One broken thing per build.
 */
import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWith, edit } from './bad-content.ts';

describe('astro build with content that does not agree with the rest', () => {
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
