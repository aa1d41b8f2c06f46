/** The display model: what a page in each language shows, decided once per language (src/model/display.ts). */
import { describe, expect, it } from 'vitest';
import { displayFor } from '#src/model/display.ts';
import type { PlainDate } from '#src/schemas/plain-date.ts';

const zh = displayFor('zh');
const en = displayFor('en');

describe('the display model', () => {
  it('shows the original on Chinese pages, in display form and without a lang of its own', () => {
    expect(zh.readsOriginal).toBe(true);
    expect(zh.text({ zh: '争取资金2000万元,新建5G基站400个', en: 'Secure RMB 20 million' })).toEqual({
      text: '争取资金2000万元，新建5G基站400个',
      lang: undefined,
    });
  });

  it('shows the translation on English pages, and the original marked zh-Hans where there is none', () => {
    expect(en.readsOriginal).toBe(false);
    expect(en.text({ zh: '有效投资', en: 'Effective investment' })).toEqual({ text: 'Effective investment' });
    expect(en.text({ zh: '有效投资,稳中求进' })).toEqual({ text: '有效投资，稳中求进', lang: 'zh-Hans' });
    expect(en.original('甲,乙')).toEqual({ text: '甲，乙', lang: 'zh-Hans' });
  });

  it('gives the other reading of a value to show beside the page’s own, with its lang', () => {
    expect(zh.alternate({ zh: '接庄', en: 'Jiezhuang' })).toEqual({ text: 'Jiezhuang', lang: 'en' });
    expect(en.alternate({ zh: '接庄', en: 'Jiezhuang' })).toEqual({ text: '接庄', lang: 'zh-Hans' });
  });

  it('says a translated page is pending only where it reads a translation it lacks', () => {
    expect(en.pending({})).toBe(true);
    expect(en.pending({ en: { title: 'x' } })).toBe(false);
    expect(zh.pending({})).toBe(false);
  });

  it('writes dates as readers of each language do', () => {
    expect(en.date('2026-11-28' as PlainDate)).toBe('28 November 2026');
    expect(zh.date('2026-11-28' as PlainDate)).toBe('2026年11月28日');
  });

  it("writes a figure as the page's text does: as printed in the original, converted in the translation", () => {
    const measure = { amount: '2000万元', value: 20_000_000, unit: 'yuan' } as const;
    expect(zh.figure(measure)).toBe('2000万元');
    expect(en.figure(measure)).toBe('RMB 20 million');
    expect(zh.quantity(20_000, 'mu')).toBe('20,000亩');
    expect(en.quantity(20_000, 'mu')).toBe('20,000 mu (about 1,333 ha)');
  });

  it('marks initiatives as the original does, with their ordinal or ◎, only where the page reads the original', () => {
    expect(zh.initiativeMarker({})).toBe('◎');
    expect(zh.initiativeMarker({ numeral: '（一）' })).toBe('（一）');
    expect(en.initiativeMarker({ numeral: '（一）' })).toBeUndefined();
    expect(en.initiativeMarker({})).toBeUndefined();
  });
});
