/** The cross-file content checks, on small hand-made records. */
import { describe, expect, it } from 'vitest';
import { checkContent } from '#src/checks/check-content.ts';
import type { ContentToCheck } from '#src/checks/content-to-check.ts';
import { checkGlossary, checkNames, planText } from '#src/checks/glossary-names.ts';
import { staleTranslations } from '#src/checks/translation-staleness.ts';
import { versionOf } from '#src/checks/translation-version.ts';

/** The hashes of Chinese paragraphs (no heading), as npm run translations:stamp records them. */
const stamp = (...paragraphs: string[]) => versionOf({ heading: '', paragraphs });

function content(): ContentToCheck {
  const zh = 'content/p/zh';
  const en = 'content/p/en';
  return {
    plan: { id: 'plan', filePath: `${zh}/plan.yaml`, data: { lede: ['导语。'] } },
    roads: [{ id: 'road-a', filePath: `${zh}/roads/road-a.yaml`, data: { paragraphs: ['新建5G基站400个。'] } }],
    initiatives: [
      { id: 'item-a', filePath: `${zh}/initiatives/item-a.yaml`, data: { road: 'road-a', order: 1, paragraphs: ['争取资金2000万元。'] } },
    ],
    translations: new Map([
      [`${zh}/plan.yaml`, { id: 'plan', filePath: `${en}/plan.yaml`, data: { paragraphs: ['Lede.'], translates: stamp('导语。') } }],
      [
        `${zh}/roads/road-a.yaml`,
        {
          id: 'road-a',
          filePath: `${en}/roads/road-a.yaml`,
          data: { name: 'Road A', paragraphs: ['400 5G base stations.'], translates: stamp('新建5G基站400个。') },
        },
      ],
      [
        `${zh}/initiatives/item-a.yaml`,
        {
          id: 'item-a',
          filePath: `${en}/initiatives/item-a.yaml`,
          data: { paragraphs: ['RMB 20 million.'], translates: stamp('争取资金2000万元。') },
        },
      ],
    ]),
    orphanTranslations: [],
    commitments: [
      {
        id: 'funds',
        filePath: 'content/p/commitments.yaml',
        data: {
          road: 'road-a',
          initiative: 'item-a',
          paragraph: 1,
          zh: '争取资金2000万元',
          en: 'Secure RMB 20 million',
          measures: [{ amount: '2000万元', value: 20_000_000, unit: 'yuan' }],
        },
      },
    ],
    commitmentChanges: [{ id: 'old-funds', filePath: 'content/p/commitments-changelog.yaml', data: { replacedBy: 'funds' } }],
    statusUpdates: [{ id: 'update', filePath: 'content/p/status/update.yaml', data: { commitment: 'funds' } }],
    glossary: [
      { id: 'base-station', filePath: 'content/p/glossary.yaml', data: { zh: '5G基站', aliases: [], enForms: ['base stations'] } },
    ],
  };
}

describe('checkContent', () => {
  it('finds nothing wrong with consistent content', () => {
    expect(checkContent(content())).toEqual([]);
  });

  it('names the missing English file', () => {
    const c = content();
    c.translations.delete('content/p/zh/initiatives/item-a.yaml');
    expect(checkContent(c)).toEqual([
      'content/p/en/initiatives/item-a.yaml: `file`: missing English translation of content/p/zh/initiatives/item-a.yaml',
    ]);
  });

  it('names a translation whose paragraphs do not match the original', () => {
    const c = content();
    c.translations.get('content/p/zh/roads/road-a.yaml')!.data.paragraphs.push('Extra.');
    expect(checkContent(c)).toEqual([
      'content/p/en/roads/road-a.yaml: `paragraphs`: has 2 paragraphs; the Chinese original content/p/zh/roads/road-a.yaml has 1',
    ]);
  });

  it('names an initiative that refers to a road that does not exist', () => {
    const c = content();
    c.initiatives[0].data.road = 'road-z';
    expect(checkContent(c)).toContainEqual('content/p/zh/initiatives/item-a.yaml: `road`: no road “road-z” (roads: road-a)');
  });

  it('names a duplicate slug', () => {
    const c = content();
    c.initiatives.push({
      ...c.initiatives[0],
      id: 'road-a',
      filePath: 'content/p/zh/initiatives/road-a.yaml',
      data: { ...c.initiatives[0].data, order: 2 },
    });
    c.translations.set('content/p/zh/initiatives/road-a.yaml', {
      id: 'road-a',
      filePath: 'content/p/en/initiatives/road-a.yaml',
      data: { paragraphs: ['RMB 20 million.'], translates: stamp('争取资金2000万元。') },
    });
    expect(checkContent(c)).toEqual([
      'content/p/zh/initiatives/road-a.yaml: `slug`: duplicate slug “road-a”, already used by content/p/zh/roads/road-a.yaml',
    ]);
  });

  it('names a commitment whose figure does not match its Chinese amount', () => {
    const c = content();
    c.commitments[0].data.measures[0].value = 2000;
    expect(checkContent(c)).toContainEqual(
      'content/p/commitments.yaml (funds): `measures[0].value`: 2000 does not match “2000万元” (= 20000000)',
    );
  });

  it('names a commitment whose English does not state the converted figure', () => {
    const c = content();
    c.commitments[0].data.en = 'Secure RMB 2000 10-thousands';
    expect(checkContent(c)).toEqual([
      'content/p/commitments.yaml (funds): `en`: does not state the quantity of measures[0] as “RMB 20 million”',
      'content/p/commitments.yaml (funds): `en`: figures differ: the Chinese states 2000万 (= 20000000), the English does not; the English states 2000, 10, the Chinese does not (Chinese: “争取资金2000万元”)',
    ]);
  });

  it('names the file, the paragraph and both figures when a translated figure is wrong', () => {
    const c = content();
    c.translations.get('content/p/zh/roads/road-a.yaml')!.data.paragraphs = ['40 5G base stations.'];
    expect(checkContent(c)).toEqual([
      'content/p/en/roads/road-a.yaml: `paragraphs` ¶1: figures differ: the Chinese states 400, the English does not; the English states 40, the Chinese does not (Chinese: “新建5G基站400个。”)',
    ]);
  });

  it('names a title and a summary that state a figure the Chinese lacks', () => {
    const c = content();
    c.roads[0].data.heading = '建设之路';
    const english = c.translations.get('content/p/zh/roads/road-a.yaml')!;
    english.data.translates = versionOf({ heading: '建设之路', paragraphs: ['新建5G基站400个。'] });
    english.data.title = 'The road of 3 builds';
    english.data.summary = 'The road builds 400 base stations. It spends RMB 5 million.';
    expect(checkContent(c)).toEqual([
      'content/p/en/roads/road-a.yaml: `title`: figures differ: the English states 3, the Chinese does not (Chinese: “建设之路”)',
      'content/p/en/roads/road-a.yaml: `summary`: figures differ: the English states 5 million (= 5000000), the Chinese does not (Chinese: content/p/zh/roads/road-a.yaml)',
    ]);
  });

  it('names a commitment whose English leaves out a figure of its Chinese', () => {
    const c = content();
    c.commitments[0].data = { ...c.commitments[0].data, measures: [], en: 'Secure funds' };
    expect(checkContent(c)).toEqual([
      'content/p/commitments.yaml (funds): `en`: figures differ: the Chinese states 2000万 (= 20000000), the English does not (Chinese: “争取资金2000万元”)',
    ]);
  });

  it('names a measure whose amount is not part of the commitment’s words', () => {
    const c = content();
    c.commitments[0].data.measures.push({ amount: '400个', value: 400, unit: 'count' });
    c.commitments[0].data.en = 'Secure RMB 20 million and 400';
    expect(checkContent(c)).toEqual([
      'content/p/commitments.yaml (funds): `measures[1].amount`: “400个” is not part of “争取资金2000万元”',
      'content/p/commitments.yaml (funds): `en`: figures differ: the English states 400, the Chinese does not (Chinese: “争取资金2000万元”)',
    ]);
  });

  it('names a removed id that is reused or replaced by nothing', () => {
    const c = content();
    c.commitmentChanges.push({ id: 'funds', filePath: 'content/p/commitments-changelog.yaml', data: { replacedBy: 'gone' } });
    expect(checkContent(c)).toEqual([
      'content/p/commitments-changelog.yaml (funds): `id`: “funds” is still a commitment; an id listed as removed must not be reused',
      'content/p/commitments-changelog.yaml (funds): `replacedBy`: no commitment “gone”',
    ]);
  });

  it('names a commitment that quotes text its paragraph does not contain', () => {
    const c = content();
    c.commitments[0].data.zh = '争取资金3000万元';
    expect(checkContent(c)).toContainEqual('content/p/commitments.yaml (funds): `zh`: “争取资金3000万元” is not in paragraph 1');
  });

  it('names a commitment that refers to an initiative that does not exist', () => {
    const c = content();
    c.commitments[0].data.initiative = 'item-z';
    expect(checkContent(c)).toEqual(['content/p/commitments.yaml (funds): `initiative`: no initiative “item-z”']);
  });

  it('names a glossary term that does not occur in the text of any plan', () => {
    const c = content();
    c.glossary[0].data.aliases.push('5G铁塔');
    c.glossary[0].data.enForms.push('radio towers');
    expect(checkGlossary(c.glossary, [planText(c)])).toEqual([
      'content/p/glossary.yaml (base-station): `aliases`: “5G铁塔” does not occur in the Chinese text',
      'content/p/glossary.yaml (base-station): `enForms`: “radio towers” does not occur in the English translation',
    ]);
  });

  it('accepts a shared glossary term that occurs in one plan only', () => {
    const c = content();
    c.glossary[0].data.aliases.push('5G铁塔');
    const other = { chinese: '建设5G铁塔', english: '' };
    expect(checkGlossary(c.glossary, [planText(c), other])).toEqual([]);
  });

  it('names a status update for a commitment that does not exist', () => {
    const c = content();
    c.statusUpdates[0].data.commitment = 'no-such-commitment';
    expect(checkContent(c)).toEqual(['content/p/status/update.yaml: `commitment`: no commitment “no-such-commitment”']);
  });

  it('names an English file with no Chinese original', () => {
    const c = content();
    c.orphanTranslations.push({ id: 'stray', filePath: 'content/p/en/initiatives/stray.yaml', data: {} });
    expect(checkContent(c)).toEqual([
      'content/p/en/initiatives/stray.yaml: `file`: translates content/p/zh/initiatives/stray.yaml, which does not exist',
    ]);
  });

  it('names a translation whose Chinese paragraph changed since it was stamped', () => {
    const c = content();
    c.roads[0].data.paragraphs = ['新建5G基站500个。'];
    c.translations.get('content/p/zh/roads/road-a.yaml')!.data.paragraphs = ['500 5G base stations.'];
    expect(checkContent(c)).toEqual([
      'translation out of date: content/p/en/roads/road-a.yaml ¶1 (the Chinese changed; update the English, then run npm run translations:stamp -- content/p/en/roads/road-a.yaml)',
    ]);
  });

  it('names a translation whose Chinese heading changed', () => {
    const c = content();
    c.initiatives[0].data.heading = '争取资金';
    expect(checkContent(c)).toEqual([expect.stringMatching(/^translation out of date: content\/p\/en\/initiatives\/item-a\.yaml title /u)]);
  });

  it('names a translation that records no version of its Chinese', () => {
    const c = content();
    delete c.translations.get('content/p/zh/roads/road-a.yaml')!.data.translates;
    expect(checkContent(c)).toEqual([
      'content/p/en/roads/road-a.yaml: `translates`: missing: after checking the translation, run npm run translations:stamp -- content/p/en/roads/road-a.yaml',
    ]);
  });

  it('lets a plan whose translation is in progress build, with the changed pages known as stale', () => {
    const c = content();
    c.plan.data.translation = 'in-progress';
    c.roads[0].data.paragraphs = ['新建5G基站500个。'];
    expect(checkContent(c)).toEqual([]);
    expect([...staleTranslations(c).values()]).toEqual([
      { file: 'content/p/en/roads/road-a.yaml', unstamped: false, title: false, paragraphs: [1] },
    ]);
  });

  it('lets a plan whose translation is in progress build without an English file', () => {
    const c = content();
    c.translations.delete('content/p/zh/roads/road-a.yaml');
    expect(checkContent(c)).toEqual([
      'content/p/en/roads/road-a.yaml: `file`: missing English translation of content/p/zh/roads/road-a.yaml',
    ]);
    c.plan.data.translation = 'in-progress';
    expect(checkContent(c)).toEqual([]);
  });

  it('names a paragraph that renders a glossary term another way, with the term and the English text', () => {
    const c = content();
    c.glossary.push({ id: 'funds', filePath: 'content/p/glossary.yaml', data: { zh: '资金', aliases: [], enForms: ['funds'] } });
    c.commitments[0].data.en = 'Secure RMB 20 million in funds';
    c.translations.get('content/p/zh/initiatives/item-a.yaml')!.data.paragraphs = ['RMB 20 million of money, in funds.'];
    expect(checkContent(c)).toEqual([]);
    c.translations.get('content/p/zh/initiatives/item-a.yaml')!.data.paragraphs = ['RMB 20 million of money.'];
    expect(checkContent(c)).toContainEqual(
      'content/p/en/initiatives/item-a.yaml: `p1`: term “funds” (资金) is not rendered as “funds” in: RMB 20 million of money.',
    );
  });

  it("names a translator's note for a paragraph that does not exist", () => {
    const c = content();
    c.translations.get('content/p/zh/roads/road-a.yaml')!.data.notes = [{ paragraph: 2 }];
    expect(checkContent(c)).toEqual(['content/p/en/roads/road-a.yaml: `notes`: a note for paragraph 2, but the page has 1']);
  });

  it('names a paragraph that does not use a proper name’s English form, in its exact case, and a name not in the text', () => {
    const c = content();
    c.names = [
      { id: 'beijing', filePath: 'content/names.yaml', data: { zh: '资金', aliases: [], en: 'Beijing', enForms: [] } },
      { id: 'nowhere', filePath: 'content/names.yaml', data: { zh: '无处', aliases: [], en: 'Nowhere', enForms: [] } },
    ];
    c.translations.get('content/p/zh/initiatives/item-a.yaml')!.data.paragraphs = ['RMB 20 million for beijing.'];
    expect(checkContent(c)).toEqual([
      'content/p/en/initiatives/item-a.yaml: `p1`: name “beijing” (资金) is not rendered as “Beijing” in: RMB 20 million for beijing.',
      'content/p/commitments.yaml (funds): `en`: name “beijing” (资金) is not rendered as “Beijing” in: Secure RMB 20 million',
    ]);
    expect(checkNames(c.names, [planText(c)])).toEqual(['content/names.yaml (nowhere): `zh`: “无处” does not occur in the Chinese text']);
  });
});
