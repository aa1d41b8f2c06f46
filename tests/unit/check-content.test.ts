/** The cross-file content checks, on small hand-made records. */
import { describe, expect, it } from 'vitest';
import { checkContent, type ContentToCheck } from '../../src/lib/check-content.ts';

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
      [`${zh}/plan.yaml`, { id: 'plan', filePath: `${en}/plan.yaml`, data: { paragraphs: ['Lede.'] } }],
      [
        `${zh}/roads/road-a.yaml`,
        { id: 'road-a', filePath: `${en}/roads/road-a.yaml`, data: { name: 'Road A', paragraphs: ['400 base stations.'] } },
      ],
      [
        `${zh}/initiatives/item-a.yaml`,
        { id: 'item-a', filePath: `${en}/initiatives/item-a.yaml`, data: { paragraphs: ['RMB 20 million.'] } },
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
      data: { paragraphs: ['x'] },
    });
    expect(checkContent(c)).toEqual([
      'content/p/zh/initiatives/road-a.yaml: `slug`: duplicate slug “road-a”, already used by content/p/zh/roads/road-a.yaml',
    ]);
  });

  it('names a commitment whose figure does not match its Chinese amount', () => {
    const c = content();
    c.commitments[0].data.measures[0]!.value = 2000;
    expect(checkContent(c)).toContainEqual(
      'content/p/commitments.yaml (funds): `measures[0].value`: 2000 does not match “2000万元” (= 20000000)',
    );
  });

  it('names a commitment whose English does not state the converted figure', () => {
    const c = content();
    c.commitments[0].data.en = 'Secure RMB 2000 10-thousands';
    expect(checkContent(c)).toEqual([
      'content/p/commitments.yaml (funds): `en`: does not state the quantity of measures[0] as “RMB 20 million”',
    ]);
  });

  it('names a measure whose amount is not part of the commitment’s words', () => {
    const c = content();
    c.commitments[0].data.measures.push({ amount: '400个', value: 400, unit: 'count' });
    c.commitments[0].data.en = 'Secure RMB 20 million and 400';
    expect(checkContent(c)).toEqual([
      'content/p/commitments.yaml (funds): `measures[1].amount`: “400个” is not part of “争取资金2000万元”',
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

  it('names a glossary term that does not occur in the text', () => {
    const c = content();
    c.glossary[0].data.aliases.push('5G铁塔');
    c.glossary[0].data.enForms.push('radio towers');
    expect(checkContent(c)).toEqual([
      'content/p/glossary.yaml (base-station): `aliases`: “5G铁塔” does not occur in the Chinese text',
      'content/p/glossary.yaml (base-station): `enForms`: “radio towers” does not occur in the English translation',
    ]);
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
});
