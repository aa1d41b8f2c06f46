/** The cross-file content checks, on small hand-made records. */
import { describe, expect, it } from 'vitest';
import { checkContent, type ContentToCheck } from '../../src/lib/check-content.ts';

function content(): ContentToCheck {
  const zh = 'content/p/zh';
  const en = 'content/p/en';
  return {
    plan: { id: 'plan', filePath: `${zh}/plan.yaml`, data: { lede: ['导语。'] } },
    roads: [{ id: 'road-a', filePath: `${zh}/roads/road-a.yaml`, data: { paragraphs: ['新建5G基站400个。'] } }],
    initiatives: [{ id: 'item-a', filePath: `${zh}/initiatives/item-a.yaml`, data: { road: 'road-a', order: 1, paragraphs: ['争取资金2000万元。'] } }],
    translations: new Map([
      [`${zh}/plan.yaml`, { id: 'plan', filePath: `${en}/plan.yaml`, data: { paragraphs: ['Lede.'] } }],
      [`${zh}/roads/road-a.yaml`, { id: 'road-a', filePath: `${en}/roads/road-a.yaml`, data: { name: 'Road A', paragraphs: ['400 base stations.'] } }],
      [`${zh}/initiatives/item-a.yaml`, { id: 'item-a', filePath: `${en}/initiatives/item-a.yaml`, data: { paragraphs: ['RMB 20 million.'] } }],
    ]),
    orphanTranslations: [],
    commitments: [
      {
        id: 'funds',
        filePath: 'content/p/commitments.yaml',
        data: { road: 'road-a', initiative: 'item-a', paragraph: 1, zh: '争取资金2000万元', amount: '2000万元', value: 20_000_000, unit: 'yuan', en: 'Secure RMB 20 million' },
      },
    ],
    statusUpdates: [{ id: 'update', filePath: 'content/p/status/update.yaml', data: { commitment: 'funds' } }],
    glossary: [{ id: 'base-station', filePath: 'content/p/glossary.yaml', data: { zh: '5G基站', aliases: [], enForms: ['base stations'] } }],
  };
}

describe('checkContent', () => {
  it('finds nothing wrong with consistent content', () => {
    expect(checkContent(content())).toEqual([]);
  });

  it('names the missing English file', () => {
    const c = content();
    c.translations.delete('content/p/zh/initiatives/item-a.yaml');
    expect(checkContent(c)).toEqual(['content/p/en/initiatives/item-a.yaml: `file`: missing English translation of content/p/zh/initiatives/item-a.yaml']);
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
    c.initiatives.push({ ...c.initiatives[0], id: 'road-a', filePath: 'content/p/zh/initiatives/road-a.yaml', data: { ...c.initiatives[0].data, order: 2 } });
    c.translations.set('content/p/zh/initiatives/road-a.yaml', { id: 'road-a', filePath: 'content/p/en/initiatives/road-a.yaml', data: { paragraphs: ['x'] } });
    expect(checkContent(c)).toEqual([
      'content/p/zh/initiatives/road-a.yaml: `slug`: duplicate slug “road-a”, already used by content/p/zh/roads/road-a.yaml',
    ]);
  });

  it('names a commitment whose figure does not match its Chinese amount', () => {
    const c = content();
    c.commitments[0].data.value = 2000;
    expect(checkContent(c)).toContainEqual('content/p/commitments.yaml (funds): `value`: 2000 does not match “2000万元” (= 20000000)');
  });

  it('names a commitment whose English does not state the converted figure', () => {
    const c = content();
    c.commitments[0].data.en = 'Secure RMB 2000 10-thousands';
    expect(checkContent(c)).toEqual(['content/p/commitments.yaml (funds): `en`: does not state the quantity as “RMB 20 million”']);
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

  it('names a paragraph that renders a glossary term another way, with the term and the English text', () => {
    const c = content();
    c.glossary.push({ id: 'funds', filePath: 'content/p/glossary.yaml', data: { zh: '资金', aliases: [], enForms: ['funds'] } });
    c.translations.get('content/p/zh/initiatives/item-a.yaml')!.data.paragraphs = ['RMB 20 million of money, in funds.'];
    expect(checkContent(c)).toEqual([]);
    c.translations.get('content/p/zh/initiatives/item-a.yaml')!.data.paragraphs = ['RMB 20 million of money.'];
    expect(checkContent(c)).toContainEqual(
      'content/p/en/initiatives/item-a.yaml: `p1`: term “funds” (资金) is not rendered as “funds” in: RMB 20 million of money.',
    );
  });

  it('names a translator\'s note for a paragraph that does not exist', () => {
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
      'content/names.yaml (nowhere): `zh`: “无处” does not occur in the Chinese text',
    ]);
  });
});
