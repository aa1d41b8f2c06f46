/** The outline reader: every convention, in any mix, and the numbering it checks. */
import { describe, expect, it } from 'vitest';
import { chineseNumber, readOutline } from '#scripts/import/outline.ts';
import { splitFront } from '#scripts/import/parse-article.ts';

const text = (...lines: string[]) => lines.join('\n\n');
const shape = (source: string) =>
  readOutline(source).chapters.map((chapter) => ({
    heading: `${chapter.numeral}${chapter.heading}`,
    body: chapter.body.map((line) => line.text),
    sections: chapter.sections.map((section) => `${section.numeral}${section.heading}: ${section.body.map((line) => line.text).join('/')}`),
  }));

describe('readOutline', () => {
  it('reads 一、 chapters with （一） and (一) sections, and a chapter without sections', () => {
    const source = text(
      '标题',
      '导语。',
      '一、第一章',
      '章首段。',
      '（一）甲节',
      '甲。',
      '(二)乙节',
      '乙。',
      '二、第二章',
      '只有正文。',
      '第二段。',
    );
    expect(shape(source)).toEqual([
      { heading: '一、第一章', body: ['章首段。'], sections: ['（一）甲节: 甲。', '(二)乙节: 乙。'] },
      { heading: '二、第二章', body: ['只有正文。', '第二段。'], sections: [] },
    ]);
  });

  it('reads ◎ sections under 一、 chapters, and ◎ sections under （一） chapters', () => {
    expect(shape(text('标题', '导语。', '一、章', '◎节', '正文。'))).toEqual([{ heading: '一、章', body: [], sections: ['节: 正文。'] }]);
    expect(shape(text('标题', '导语。', '（一）章', '◎节', '正文。'))).toEqual([
      { heading: '（一）章', body: [], sections: ['节: 正文。'] },
    ]);
  });

  it('reads Markdown headings, with ordinals and ◎ inside them, as the seed has them', () => {
    const outline = readOutline(text('# 标题', '本报记者 某某', '导语。', '## (一) “甲”之路,坚持', '路段。', '### ◎节一', '正文。'));
    expect(outline.title).toBe('标题');
    expect(outline.front.map((line) => line.text)).toEqual(['本报记者 某某', '导语。']);
    expect(shape(text('# 标题', '导语。', '## (一) “甲”之路,坚持', '路段。', '### ◎节一', '正文。'))).toEqual([
      { heading: '(一)“甲”之路,坚持', body: ['路段。'], sections: ['节一: 正文。'] },
    ]);
  });

  it('keeps the source line number of every line', () => {
    const outline = readOutline('标题\n\n导语。\n一、章\n正文,\n接续。');
    expect(outline.chapters[0].line).toBe(4);
    expect(outline.chapters[0].body).toEqual([
      { text: '正文,', line: 5 },
      { text: '接续。', line: 6 },
    ]);
  });
});

describe('chineseNumber', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十三', 23],
  ])('%s is %i', (numeral, value) => {
    expect(chineseNumber(numeral)).toBe(value);
  });
  it('rejects what is not a number', () => {
    expect(chineseNumber('十十')).toBeUndefined();
    expect(chineseNumber('')).toBeUndefined();
  });
});

describe('splitFront', () => {
  const lines = (...texts: string[]) => texts.map((text, index) => ({ text, line: index + 2 }));
  it('takes a byline and a date line before the lede, in either order', () => {
    expect(splitFront(lines('本报记者 张慧', '导语。'))).toMatchObject({ byline: '本报记者 张慧', date: 'not stated' });
    expect(splitFront(lines('（2027年1月12日）', '某某办公室', '导语。'))).toMatchObject({ byline: '某某办公室', date: '2027年1月12日' });
  });
  it('says “not stated” when the text has neither, and never takes a sentence or the only line as a byline', () => {
    expect(splitFront(lines('6日上午,会议召开。'))).toEqual({
      byline: 'not stated',
      date: 'not stated',
      lede: lines('6日上午,会议召开。'),
    });
    expect(splitFront(lines('只有一行'))).toMatchObject({ byline: 'not stated', lede: lines('只有一行') });
  });
});
