import { describe, expect, it } from 'vitest';
import { endsSentence, repairBreaks } from '#scripts/import/repair-breaks.ts';

describe('endsSentence', () => {
  it('accepts a full stop, optionally followed by a closing quote', () => {
    expect(endsSentence('让新时代文明实践接地气。')).toBe(true);
    expect(endsSentence('他说:“好。”')).toBe(true);
  });
  it('rejects text cut in the middle of a sentence', () => {
    expect(endsSentence('年内打造3')).toBe(false);
    expect(endsSentence('推行“标准地”')).toBe(false);
    expect(endsSentence('实施沿路楼体、')).toBe(false);
  });
});

describe('repairBreaks', () => {
  it('joins a paragraph cut mid-sentence to the next, adding nothing between them', () => {
    const result = repairBreaks(['组建联盟等,年内打造3', '处园区党群中心。', '下一段。']);
    expect(result.paragraphs).toEqual(['组建联盟等,年内打造3处园区党群中心。', '下一段。']);
    expect(result.repairs).toEqual([{ before: '盟等,年内打造3', after: '处园区党群中心。' }]);
  });
  it('joins across several cuts in a row', () => {
    expect(repairBreaks(['一', '二', '三。']).paragraphs).toEqual(['一二三。']);
  });
  it('leaves the last paragraph of a section alone even without a full stop', () => {
    const result = repairBreaks(['第一段。', '各园区重点打好四场“硬仗”']);
    expect(result.paragraphs).toEqual(['第一段。', '各园区重点打好四场“硬仗”']);
    expect(result.repairs).toEqual([]);
  });
});

describe('repairBreaks with overrides', () => {
  const lines = [
    { text: '主要目标', line: 10 },
    { text: '新增就业3000人。', line: 11 },
    { text: '第二句。', line: 12 },
  ];
  it('keeps apart a line the rule would join, and joins a line the rule would keep, marking the forced join', () => {
    const result = repairBreaks(lines, { keepApart: new Set([10]), join: new Set([11]) });
    expect(result.paragraphs).toEqual(['主要目标', '新增就业3000人。第二句。']);
    expect(result.repairs).toEqual([{ before: '就业3000人。', after: '第二句。', override: true }]);
  });
  it('refuses to join the last line of a section, naming it', () => {
    expect(() => repairBreaks(lines, { keepApart: new Set(), join: new Set([12]) })).toThrow(
      /^line 12: overrides\.yaml asks to join this line to the next/u,
    );
  });
  it('refuses an override that changes nothing, naming the line', () => {
    expect(() => repairBreaks(lines, { keepApart: new Set([11]), join: new Set() })).toThrow(
      /^line 11: overrides\.yaml asks to keep this line apart, which the rule does already/u,
    );
    expect(() => repairBreaks(lines, { keepApart: new Set(), join: new Set([10]) })).toThrow(
      /^line 10: overrides\.yaml asks to join this line to the next, which the rule does already/u,
    );
  });
});
