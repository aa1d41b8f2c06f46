import { describe, expect, it } from 'vitest';
import { muToHectares, parseChineseAmount } from '#src/model/quantities.ts';
import { writeQuantity } from '#src/i18n/quantities.ts';

const formatQuantityEnglish = writeQuantity.bind(null, 'en');
const formatQuantityChinese = writeQuantity.bind(null, 'zh');

describe('parseChineseAmount', () => {
  it.each([
    ['2000万元', 20_000_000],
    ['7.6亿元', 760_000_000],
    ['2000亿', 200_000_000_000],
    ['百亿', 10_000_000_000],
    ['2万亩', 20_000],
    ['1.2万亩', 12_000],
    ['70万平方米', 700_000],
    ['40万平米', 400_000],
    ['400个', 400],
    ['10000名', 10_000],
    ['一百家', 100],
    ['四场', 4],
    ['十九届', 19],
    ['100%', 100],
  ])('%s is %d', (amount, value) => {
    expect(parseChineseAmount(amount)).toBe(value);
  });
  it('returns undefined for text that does not start with a number', () => {
    expect(parseChineseAmount('新建')).toBeUndefined();
  });
});

describe('writeQuantity in English (unit words from src/i18n/ui/en.json)', () => {
  it('writes yuan as RMB in thousands, millions and billions', () => {
    expect(formatQuantityEnglish(20_000_000, 'yuan')).toBe('RMB 20 million');
    expect(formatQuantityEnglish(760_000_000, 'yuan')).toBe('RMB 760 million');
    expect(formatQuantityEnglish(200_000_000_000, 'yuan')).toBe('RMB 200 billion');
    expect(formatQuantityEnglish(10_000_000_000, 'yuan')).toBe('RMB 10 billion');
  });
  it('gives mu with hectares at 666.67 m² per mu', () => {
    expect(muToHectares(20_000)).toBe(1333);
    expect(formatQuantityEnglish(20_000, 'mu')).toBe('20,000 mu (about 1,333 ha)');
    expect(formatQuantityEnglish(12_000, 'mu')).toBe('12,000 mu (about 800 ha)');
  });
  it('writes areas, lengths, shares, counts and years', () => {
    expect(formatQuantityEnglish(700_000, 'm2')).toBe('700,000 m²');
    expect(formatQuantityEnglish(27, 'km')).toBe('27 km');
    expect(formatQuantityEnglish(50, 'percent')).toBe('50%');
    expect(formatQuantityEnglish(10_000, 'count')).toBe('10,000');
    expect(formatQuantityEnglish(2020, 'year')).toBe('2020');
    expect(formatQuantityEnglish(3, 'years')).toBe('3 years');
    expect(formatQuantityEnglish(1, 'years')).toBe('1 year');
  });
});

describe('writeQuantity in Chinese (unit words from src/i18n/ui/zh.json)', () => {
  it.each([
    [20_000_000, 'yuan', '20,000,000元'],
    [20_000, 'mu', '20,000亩'],
    [400_000, 'm2', '400,000平方米'],
    [50, 'percent', '50%'],
    [67, 'count', '67'],
    [2020, 'year', '2020年'],
    [3, 'years', '3年'],
  ] as const)('%d %s is %s', (value, unit, expected) => {
    expect(formatQuantityChinese(value, unit)).toBe(expected);
  });
});
