/** The places index's pure parts: sentences to quote, place links in running text, and the gazetteer's own rules. */
import { describe, expect, it } from 'vitest';
import { checkNames, planText } from '#src/checks/glossary-names.ts';
import { chineseSentences, englishSentences, firstSentence } from '#src/model/sentences.ts';
import { linkTerms } from '#src/model/term-links.ts';
import { nameEntrySchema } from '#src/schemas/name.ts';

describe('sentences', () => {
  it('split a Chinese paragraph at 。 and ；, keeping every character', () => {
    const paragraph = '启动建设黄屯云创小镇,加快接庄街道驻地改造;新建农村公路。完成7座桥梁。';
    const sentences = chineseSentences(paragraph);
    expect(sentences).toEqual(['启动建设黄屯云创小镇,加快接庄街道驻地改造;', '新建农村公路。', '完成7座桥梁。']);
    expect(sentences.join('')).toBe(paragraph);
  });

  it('split an English paragraph after a full stop or semicolon followed by a space', () => {
    expect(englishSentences('Start building Huangtun Town; speed up Jiezhuang. Build 7 bridges.')).toEqual([
      'Start building Huangtun Town;',
      'speed up Jiezhuang.',
      'Build 7 bridges.',
    ]);
  });
});

describe('place links', () => {
  it('link the first mention of a place and of a term, each kind on its own, even with the same id', () => {
    const [first, second] = linkTerms(
      ['接庄街道和接庄乡村振兴', '接庄'],
      [
        { id: 'jiezhuang', forms: ['接庄'], kind: 'place' },
        { id: 'jiezhuang', forms: ['街道'] },
      ],
    );
    expect(first).toEqual([{ text: '接庄', place: 'jiezhuang' }, { text: '街道', term: 'jiezhuang' }, { text: '和接庄乡村振兴' }]);
    expect(second).toEqual([{ text: '接庄' }]);
  });
});

describe('the gazetteer', () => {
  const entry = { id: 'nowhere', zh: '无处', en: 'Wuchu', kind: 'place', source: 'pinyin', confirmed: false, place: 'lake' };

  it('refuses a place entry whose name occurs in no plan, naming the file and the field', () => {
    const data = nameEntrySchema().parse(entry);
    const texts = [
      planText({ plan: { id: 'p', filePath: 'p', data: { lede: ['接庄。'] } }, roads: [], initiatives: [], translations: new Map() }),
    ];
    expect(checkNames([{ id: 'nowhere', filePath: 'content/names.yaml', data }], texts)).toEqual([
      'content/names.yaml (nowhere): `zh`: “无处” does not occur in the Chinese text',
    ]);
  });

  it('gives a place kind only to a name of kind place', () => {
    const result = nameEntrySchema().safeParse({ ...entry, kind: 'company' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(['place']);
  });
});

describe('firstSentence', () => {
  it('ends at the first full stop of either script, and keeps a text without one whole', () => {
    expect(firstSentence('删除了重复的承诺。其他不变。')).toBe('删除了重复的承诺。');
    expect(firstSentence('The English of 80 commitments now quotes the paragraph (“hubs”). The rest is unchanged.')).toBe(
      'The English of 80 commitments now quotes the paragraph (“hubs”).',
    );
    expect(firstSentence('RMB 1.5 billion of funds')).toBe('RMB 1.5 billion of funds');
  });
});
