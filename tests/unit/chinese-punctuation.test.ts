import { describe, expect, it } from 'vitest';
import { toFullWidthPunctuation } from '#src/model/chinese-punctuation.ts';

describe('toFullWidthPunctuation', () => {
  it('turns ASCII commas between Chinese characters into full-width commas', () => {
    expect(toFullWidthPunctuation('6日上午,济宁高新区')).toBe('6日上午\uff0c济宁高新区');
  });
  it('turns brackets around or beside Chinese text into full-width brackets', () => {
    expect(toFullWidthPunctuation('快速路(高新段)建成')).toBe('快速路\uff08高新段\uff09建成');
    expect(toFullWidthPunctuation('物流中心(B型)获批')).toBe('物流中心\uff08B型\uff09获批');
  });
  it('leaves figures, Latin text and everything else as it is', () => {
    expect(toFullWidthPunctuation('PM2.5浓度')).toBe('PM2.5浓度');
    expect(toFullWidthPunctuation('RMB 20 million, 400 (base stations)')).toBe('RMB 20 million, 400 (base stations)');
  });
  it('changes only punctuation: removing it leaves the same characters', () => {
    const text = '启动10个园区、40万平米的提升改造工程,向用地、用能、排放等(资源)要素';
    const strip = (s: string) => s.replace(/[,()\uff0c\uff08\uff09]/gu, '');
    expect(strip(toFullWidthPunctuation(text))).toBe(strip(text));
  });
});
