/** Figures read from Chinese and English text, and the comparison that keeps translations honest. */
import { describe, expect, it } from 'vitest';
import { chineseFigures, chineseNumbersNamed, compareFigures, englishFigures } from '#src/checks/figures.ts';

const values = (figures: { value: number }[]) => figures.map((figure) => figure.value);

describe('chineseFigures', () => {
  it.each([
    ['新建5G基站400个', [5, 400]],
    ['争取企业技改扶持资金2000万元', [20_000_000]],
    ['启动百亿技改投资计划', [10_000_000_000]],
    ['总投资7.6亿元', [760_000_000]],
    ['提速1.2万亩的产业集聚区建设', [12_000]],
    ['覆盖达到100%', [100]],
    ['与一百家知名企业开展合作', [100]],
    ['党的十九届四中全会', [19]],
    ['2020年全面消除3年以上未发展党员村', [2020, 3]],
  ])('%s states %j', (text, expected) => {
    expect(values(chineseFigures(text))).toEqual(expected);
  });

  it.each(['十里湖二期', '一区十园', '两谷一岛一港一中心', '一支渠、二支渠', '“十四五”规划'])(
    '%s states no figure the English must repeat',
    (text) => {
      expect(chineseFigures(text)).toEqual([]);
    },
  );

  it('names numbers written in words, which the English may use', () => {
    expect([...chineseNumbersNamed('两谷一岛一港')]).toEqual([
      [2, 1],
      [1, 2],
    ]);
    expect(chineseNumbersNamed('十里湖二期').get(2)).toBe(1);
    expect(chineseNumbersNamed('“十四五”规划').get(14)).toBe(1);
  });
});

describe('englishFigures', () => {
  it('reads digits, thousands separators, decimals, million and billion, ordinals and percentages', () => {
    expect(values(englishFigures('RMB 10 billion, RMB 7.6 billion, RMB 20 million, 12,000 mu, 19th, 100%, 5G').figures)).toEqual([
      10_000_000_000, 7_600_000_000, 20_000_000, 12_000, 19, 100, 5,
    ]);
  });

  it('does not read numbers in words', () => {
    expect(englishFigures('one zone, ten parks').figures).toEqual([]);
  });

  it('sets apart a conversion marked “(about …)” after its figure', () => {
    const { figures, conversions } = englishFigures('20,000 mu (about 1,333 ha) of farmland and 12,000 mu (about 800 hectares)');
    expect(values(figures)).toEqual([20_000, 12_000]);
    expect(conversions.map(({ figure, unit, of, ofUnit }) => [figure.value, unit, of.value, ofUnit])).toEqual([
      [1333, 'ha', 20_000, 'mu'],
      [800, 'hectares', 12_000, 'mu'],
    ]);
  });
});

describe('compareFigures', () => {
  const zh = '深化省级智慧城市建设试点,新建5G基站400个,启动智慧交通、智慧学校等10大场景应用。';

  it('accepts a faithful translation', () => {
    expect(compareFigures(zh, 'build 400 new 5G base stations and launch 10 major application scenarios', { complete: true })).toEqual({
      missing: [],
      extra: [],
      units: [],
    });
  });

  it('names both figures when one is changed', () => {
    const { missing, extra } = compareFigures(zh, 'build 40 new 5G base stations and launch 10 major application scenarios', {
      complete: true,
    });
    expect(missing.map((figure) => figure.text)).toEqual(['400']);
    expect(extra.map((figure) => figure.text)).toEqual(['40']);
  });

  it('finds a figure left out of a paragraph, but not of a summary', () => {
    const english = 'build new 5G base stations and launch 10 major application scenarios';
    expect(values(compareFigures(zh, english, { complete: true }).missing)).toEqual([400]);
    expect(compareFigures(zh, english, { complete: false })).toEqual({ missing: [], extra: [], units: [] });
  });

  it('counts a figure stated twice in the Chinese twice', () => {
    const chinese = '新建5G基站,实现5G全覆盖';
    expect(values(compareFigures(chinese, 'build 5G base stations and full coverage', { complete: true }).missing)).toEqual([5]);
  });

  it('checks 万, 亿 and 百亿 conversions', () => {
    expect(compareFigures('启动百亿技改投资计划', 'the RMB 10 billion plan', { complete: true })).toEqual({
      missing: [],
      extra: [],
      units: [],
    });
    expect(values(compareFigures('启动百亿技改投资计划', 'the RMB 100 billion plan', { complete: true }).extra)).toEqual([100_000_000_000]);
    expect(values(compareFigures('总投资7.6亿元', 'RMB 76 million', { complete: true }).missing)).toEqual([760_000_000]);
    expect(compareFigures('新增水系40万平米', '400,000 m² of new waterways', { complete: true })).toEqual({
      missing: [],
      extra: [],
      units: [],
    });
  });

  it('accepts a marked conversion into hectares only when it is right', () => {
    expect(compareFigures('2万亩高标准农田', '20,000 mu (about 1,333 ha) of farmland', { complete: true })).toEqual({
      missing: [],
      extra: [],
      units: [],
    });
    expect(values(compareFigures('2万亩高标准农田', '20,000 mu (about 1,500 ha) of farmland', { complete: true }).extra)).toEqual([1500]);
  });

  it('does not take a conversion from another unit for one from mu', () => {
    expect(compareFigures('建设70万平方米标准化厂房', '700,000 m² (about 70 ha) of factory buildings', { complete: true })).toEqual({
      missing: [],
      extra: [],
      units: [],
    });
  });

  it('refuses an unmarked figure the Chinese lacks', () => {
    expect(values(compareFigures('2万亩高标准农田', '20,000 mu, or 1,333 ha, of farmland', { complete: true }).extra)).toEqual([1333]);
    expect(
      values(compareFigures('启动建设黄屯云创小镇、柳行汽车文旅小镇、王因特色小镇', 'build 3 themed towns', { complete: false }).extra),
    ).toEqual([3]);
  });

  it('refuses a number the Chinese writes in words more often than the Chinese does', () => {
    const chinese = '积极对接“一机场、一高铁站、两高速口”城际交通工程';
    expect(compareFigures(chinese, '1 airport, 1 high-speed rail station, 2 expressway exits', { complete: true })).toEqual({
      missing: [],
      extra: [],
      units: [],
    });
    expect(values(compareFigures(chinese, '1 airport, 2 high-speed rail stations, 2 expressway exits', { complete: true }).extra)).toEqual([
      2,
    ]);
  });

  it('accepts numbers the Chinese writes in words', () => {
    expect(compareFigures('推进十里湖二期建成开放', 'the opening of phase 2 of Shili Lake', { complete: true })).toEqual({
      missing: [],
      extra: [],
      units: [],
    });
    expect(compareFigures('聚力打造“两谷一岛一港一中心”', '2 valleys, 1 island, 1 port and 1 centre', { complete: true })).toEqual({
      missing: [],
      extra: [],
      units: [],
    });
  });
});
