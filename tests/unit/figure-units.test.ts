/** A figure is a number with its unit: English that keeps the number but changes the unit or currency is refused. */
import { describe, expect, it } from 'vitest';
import { checkContent } from '#src/checks/check-content.ts';
import { compareFigures, describeUnits } from '#src/checks/figures.ts';
import { referenceContent, replaceIn } from './reference-content.ts';

const en = 'content/eight-roads/en';

describe('figure units in the reference plan', () => {
  it('finds nothing wrong with the content as committed', () => {
    expect(checkContent(referenceContent())).toEqual([]);
  });

  it.each([
    [
      'mu become hectares',
      `${en}/initiatives/industrial-clusters.yaml`,
      '12,000 mu (about 800 ha)',
      '12,000 hectares',
      ['paragraphs` ¶1', 'summary'],
      /units differ: the English gives 12,000 in hectares where the Chinese gives 1\.2万 in mu/u,
    ],
    [
      'yuan become US dollars',
      `${en}/initiatives/technology-upgrade-projects.yaml`,
      'RMB 20 million',
      'USD 20 million',
      ['paragraphs` ¶1', 'summary'],
      /units differ: the English gives 20 million in US dollars where the Chinese gives 2000万 in yuan/u,
    ],
    [
      'per cent becomes per mille',
      `${en}/roads/party-building.yaml`,
      'grids to 100%',
      'grids to 100 per mille',
      ['paragraphs` ¶5'],
      /units differ: the English gives 100 in per mille where the Chinese gives 100 in per cent/u,
    ],
  ])('refuses %s, naming the file and the field', (_case, file, from, to, fields, what) => {
    const problems = checkContent(referenceContent(replaceIn(file, from, to)));
    expect(problems.length).toBe(fields.length);
    fields.forEach((field, index) => {
      expect(problems[index]).toContain(`${file}: \`${field}`);
      expect(problems[index]).toMatch(what);
    });
  });
});

describe('compareFigures with units', () => {
  const same = { missing: [], extra: [], units: [] };

  it('accepts the unit the Chinese states, and a unit left unsaid', () => {
    expect(compareFigures('争取资金2000万元', 'secure RMB 20 million', { complete: true })).toEqual(same);
    expect(compareFigures('争取资金2000万元', 'secure 20 million yuan', { complete: true })).toEqual(same);
    expect(compareFigures('争取资金2000万元', 'secure 20 million', { complete: true })).toEqual(same);
    expect(compareFigures('覆盖达到100%', 'coverage of 100 per cent', { complete: true })).toEqual(same);
    expect(compareFigures('全长27公里', '27 kilometres long', { complete: true })).toEqual(same);
  });

  it('refuses another currency, unit or share', () => {
    const units = (chinese: string, english: string) => describeUnits(compareFigures(chinese, english, { complete: false }).units);
    expect(units('争取资金2000万元', 'secure $20 million')).toEqual(
      'the English gives 20 million in US dollars where the Chinese gives 2000万 in yuan',
    );
    expect(units('争取资金2000万元', 'secure EUR 20 million')).toEqual(
      'the English gives 20 million in euros where the Chinese gives 2000万 in yuan',
    );
    expect(units('新建5G基站400个', '400 km of base stations')).toEqual(
      'the English gives 400 in km where the Chinese gives 400 in no unit',
    );
    expect(units('全长27公里', '27 m long')).toEqual('the English gives 27 in metres where the Chinese gives 27 in km');
    expect(units('建设70万平方米厂房', '700,000 km² of factories')).toEqual(
      'the English gives 700,000 in km² where the Chinese gives 70万 in m²',
    );
  });
});
