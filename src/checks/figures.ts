/**
 * The figures a text states, for comparing a translation with its Chinese source.
 * Pure: text in, figures out. Amounts are read with quantities.ts (万 ×10⁴, 亿 ×10⁸, 百亿 = 10 billion).
 *
 * Chinese: a figure is a number in Arabic digits (400, 1.2万, 7.6亿, 100%) or a run of two or more
 * Chinese numerals with 十, 百, 千, 万 or 亿 (一百, 十九, 百亿). The English must state each of them.
 * Single Chinese numerals (两谷一岛, 二期, 四中全会, 十里湖) are words more than figures: the English need
 * not state them, but may (2 valleys, phase 2, Fourth Plenary Session), as often as the Chinese names them.
 *
 * English: a figure is a number in digits, with “million” or “billion” applied (RMB 7.6 billion,
 * 12,000, 19th, 100%). Numbers in words are not read. A conversion the Chinese does not state is written
 * in parentheses right after the figure it converts, starting with “about”: “20,000 mu (about 1,333 ha)”.
 * Such a figure is not compared with the Chinese; a conversion into hectares must be right.
 *
 * A figure is a number with its unit: where the English writes a unit (RMB 20 million, 12,000 mu, 100%), the Chinese
 * figure of that number must have the same one (2000万元, 1.2万亩, 100%). A unit left unsaid in the English is
 * accepted (“RMB 20 million and 30 million”); a different one (USD, hectares, per mille) is not. A Chinese amount
 * with no unit may be given in yuan (百亿技改投资, RMB 10 billion): money in the plan is yuan unless it says otherwise.
 */
import { muToHectares, parseChineseAmount, readChineseNumeral } from '#src/model/quantities.ts';

/** The units a figure is compared by: currencies, areas, lengths and shares. */
export const FIGURE_UNITS = {
  yuan: 'yuan',
  usd: 'US dollars',
  eur: 'euros',
  gbp: 'pounds',
  jpy: 'yen',
  hkd: 'Hong Kong dollars',
  mu: 'mu',
  ha: 'hectares',
  km2: 'km²',
  m2: 'm²',
  km: 'km',
  m: 'metres',
  percent: 'per cent',
  permille: 'per mille',
  points: 'percentage points',
} as const;
export type FigureUnit = keyof typeof FIGURE_UNITS;

export interface Figure {
  /** The number, with 万/亿 or million/billion applied. */
  value: number;
  /** The text it was read from, as shown in messages. */
  text: string;
  /** The unit written with it, if it is one of FIGURE_UNITS; absent for counts (400个, 400 stations). */
  unit?: FigureUnit;
}

/** Units right after a Chinese number (余 and 多, “more than”, may come between). */
const CHINESE_UNIT_AFTER: [RegExp, FigureUnit][] = [
  [/^[余多]?美元/u, 'usd'],
  [/^[余多]?欧元/u, 'eur'],
  [/^[余多]?英镑/u, 'gbp'],
  [/^[余多]?日元/u, 'jpy'],
  [/^[余多]?(?:港元|港币)/u, 'hkd'],
  [/^[余多]?(?:元|块钱)/u, 'yuan'],
  [/^[余多]?亩/u, 'mu'],
  [/^[余多]?公顷/u, 'ha'],
  [/^[余多]?平方(?:公里|千米)/u, 'km2'],
  [/^[余多]?(?:平方米|平米)/u, 'm2'],
  [/^[余多]?(?:公里|千米)/u, 'km'],
  [/^[余多]?米/u, 'm'],
  [/^[余多]?个?百分点/u, 'points'],
  [/^[%％]/u, 'percent'],
  [/^‰/u, 'permille'],
];

/** The unit of a Chinese figure: what follows it, or 百分之 (per cent) and 千分之 (per mille) before it. */
function chineseUnit(before: string, after: string): FigureUnit | undefined {
  if (/百分之$/u.test(before)) return 'percent';
  if (/千分之$/u.test(before)) return 'permille';
  return CHINESE_UNIT_AFTER.find(([pattern]) => pattern.test(after))?.[1];
}

/** Currency marks right before an English number. */
const ENGLISH_UNIT_BEFORE: [RegExp, FigureUnit][] = [
  [/(?:\bRMB|\bCNY|¥|￥)\s?$/u, 'yuan'],
  [/(?:\bHKD|HK\$)\s?$/u, 'hkd'],
  [/(?:\bUSD|US\$|\$)\s?$/u, 'usd'],
  [/(?:\bEUR|€)\s?$/u, 'eur'],
  [/(?:\bGBP|£)\s?$/u, 'gbp'],
  [/(?:\bJPY)\s?$/u, 'jpy'],
];

/** Units right after an English number. */
const ENGLISH_UNIT_AFTER: [RegExp, FigureUnit][] = [
  [/^\s?(?:%|per\s?cent\b)/iu, 'percent'],
  [/^\s?(?:‰|per\s?mill?e\b)/iu, 'permille'],
  [/^\s(?:percentage\s)?points?\b/iu, 'points'],
  [/^\s(?:yuan|renminbi)\b/iu, 'yuan'],
  [/^\s(?:Hong Kong dollars?)\b/iu, 'hkd'],
  [/^\s(?:US\s)?dollars?\b/iu, 'usd'],
  [/^\s(?:euros?)\b/iu, 'eur'],
  [/^\s(?:pounds?(?: sterling)?)\b/iu, 'gbp'],
  [/^\s(?:yen)\b/iu, 'jpy'],
  [/^\smu\b/iu, 'mu'],
  [/^\s(?:hectares?|ha\b)/iu, 'ha'],
  [/^\s?(?:km²|km2\b|sq(?:uare|\.)?\s?(?:kilomet(?:re|er)s?|km)\b)/iu, 'km2'],
  [/^\s?(?:m²|m2\b|sq(?:uare|\.)?\s?(?:met(?:re|er)s?|m)\b)/iu, 'm2'],
  [/^\s?(?:km\b|kilomet(?:re|er)s?\b)/iu, 'km'],
  [/^\s?(?:m\b|met(?:re|er)s?\b)/iu, 'm'],
];

/** The unit of an English figure: a currency mark before it, or a unit word after it. */
function englishUnit(before: string, after: string): FigureUnit | undefined {
  return (
    ENGLISH_UNIT_BEFORE.find(([pattern]) => pattern.test(before))?.[1] ?? ENGLISH_UNIT_AFTER.find(([pattern]) => pattern.test(after))?.[1]
  );
}

const ARABIC_AMOUNT = /\d+(?:\.\d+)?[万亿]*/gu;
const CHINESE_RUN = /[零〇一二两三四五六七八九十百千万亿]+/gu;

/** Figures the English must state: Arabic numbers, and Chinese numerals with 十/百/千/万/亿. */
export function chineseFigures(text: string): Figure[] {
  const figures: { index: number; figure: Figure }[] = [];
  for (const match of text.matchAll(ARABIC_AMOUNT)) {
    const unit = chineseUnit(text.slice(0, match.index), text.slice(match.index + match[0].length));
    figures.push({ index: match.index, figure: { value: parseChineseAmount(match[0])!, text: match[0], unit } });
  }
  for (const match of text.matchAll(CHINESE_RUN)) {
    // One character alone (十里湖, Shili Lake; 一区十园, one zone, ten parks) is a word: the English may write it out.
    if (match[0].length < 2 || !/[十百千万亿]/u.test(match[0])) continue;
    const value = parseChineseAmount(match[0]);
    // A run such as 万 alone, or 十四五 (the 14th Five-Year Plan), is not one amount.
    if (value !== undefined && value > 0 && isOneAmount(match[0])) {
      const unit = chineseUnit(text.slice(0, match.index), text.slice(match.index + match[0].length));
      figures.push({ index: match.index, figure: { value, text: match[0], unit } });
    }
  }
  return figures.sort((a, b) => a.index - b.index).map(({ figure }) => figure);
}

/** True when a run of Chinese numerals reads as one number: 一百, 十九, 百亿, 两千, but not 十四五. */
function isOneAmount(run: string): boolean {
  const head = run.replace(/[万亿]+$/u, '');
  if (head === '') return false;
  // After the last 十/百/千 at most one digit may follow (十九, 一百零五); two (十四五) make a list.
  const tail = head.replace(/^.*[十百千]/u, '');
  return tail.length <= (head.includes('零') ? 2 : 1) && readChineseNumeral(head) !== undefined;
}

/**
 * Every number a Chinese text names in any form, with how often: its Arabic figures, and each stretch
 * of Chinese numerals (十四五 names 十四, 14, and 五, 5). The English may state a number as often as this.
 */
export function chineseNumbersNamed(text: string): Map<number, number> {
  const counts = new Map<number, number>();
  const add = (value: number | undefined) => {
    if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
  };
  for (const match of text.matchAll(ARABIC_AMOUNT)) add(parseChineseAmount(match[0]));
  for (const match of text.matchAll(CHINESE_RUN)) {
    const run = match[0];
    for (let start = 0; start < run.length; start += 1) {
      for (let end = start + 1; end <= Math.min(run.length, start + 4); end += 1) add(parseChineseAmount(run.slice(start, end)));
    }
  }
  return counts;
}

const SCALES: Record<string, number> = { million: 1e6, billion: 1e9 };
const ENGLISH_NUMBER = /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s+(million|billion)\b)?/gu;
/** “(about 1,333 ha)” right after a figure: a conversion. */
const CONVERSION = /^((?:\s*[A-Za-z²]+){0,2})\s*\(about\s+([\d,]+(?:\.\d+)?)\s+(ha|hectares|km²|m²|km|m)\)/u;

export interface EnglishFigures {
  /** Figures to compare with the Chinese. */
  figures: Figure[];
  /** Conversions marked “(about …)”: the converted figure and its unit, the figure it converts and that figure's unit. */
  conversions: { figure: Figure; unit: string; of: Figure; ofUnit: string }[];
}

/** The figures an English text states, and the conversions it marks. */
export function englishFigures(text: string): EnglishFigures {
  const result: EnglishFigures = { figures: [], conversions: [] };
  let skipUntil = -1;
  for (const match of text.matchAll(ENGLISH_NUMBER)) {
    const [whole, integer, fraction = '', scale] = match;
    if (match.index < skipUntil) continue;
    const after = text.slice(match.index + whole.length);
    const figure: Figure = {
      value: Math.round(Number(`${integer.replace(/,/gu, '')}${fraction}`) * (scale ? SCALES[scale] : 1) * 1e6) / 1e6,
      text: whole,
      unit: englishUnit(text.slice(0, match.index), after),
    };
    const conversion = CONVERSION.exec(after);
    result.figures.push(figure);
    if (conversion) {
      const [marked, ofUnit, number, unit] = conversion;
      const converted = { value: Number(number.replace(/,/gu, '')), text: marked.slice(marked.indexOf('(')) };
      result.conversions.push({ figure: converted, unit, of: figure, ofUnit: ofUnit.trim() });
      skipUntil = match.index + whole.length + conversion[0].length;
    }
  }
  return result;
}

/** What does not match between a Chinese text and its English rendering; empty when they agree. */
export interface FigureMismatch {
  /** Chinese figures the English does not state (as often as the Chinese does). */
  missing: Figure[];
  /** English figures the Chinese does not name, and wrong conversions. */
  extra: Figure[];
  /** English figures whose number the Chinese states with another unit (or none). */
  units: UnitMismatch[];
}

/** An English figure and the Chinese figure of the same number, in different units. */
export interface UnitMismatch {
  english: Figure;
  chinese: Figure;
}

/**
 * Compares the figures of an English text with its Chinese source. With `complete` (a paragraph,
 * a title, a commitment), every Chinese figure must be in the English; a summary (`complete: false`)
 * may leave figures out. Either way the English names no number the Chinese does not.
 */
export function compareFigures(chinese: string, english: string, { complete }: { complete: boolean }): FigureMismatch {
  const stated = chineseFigures(chinese);
  const named = chineseNumbersNamed(chinese);
  const { figures, conversions } = englishFigures(english);
  const missing: Figure[] = [];
  if (complete) {
    const available = new Map<number, number>();
    for (const figure of figures) available.set(figure.value, (available.get(figure.value) ?? 0) + 1);
    for (const figure of stated) {
      const left = available.get(figure.value) ?? 0;
      if (left > 0) available.set(figure.value, left - 1);
      else missing.push(figure);
    }
  }
  // Each English figure uses up one naming of its number in the Chinese: 1 airport, 1 station, 2 exits
  // (一机场、一高铁站、两高速口) may not become 1, 2, 2.
  const extra = figures.filter((figure) => {
    const left = named.get(figure.value) ?? 0;
    named.set(figure.value, left - 1);
    return left <= 0;
  });
  // A figure is a number with its unit: an English unit must be the unit of the Chinese figure it renders.
  const units: UnitMismatch[] = [];
  for (const figure of figures) {
    if (figure.unit === undefined || extra.includes(figure)) continue;
    const sameNumber = stated.filter((candidate) => candidate.value === figure.value);
    const fits = (unit: FigureUnit | undefined) => unit === figure.unit || (unit === undefined && figure.unit === 'yuan');
    if (sameNumber.length > 0 && !sameNumber.some((candidate) => fits(candidate.unit)))
      units.push({ english: figure, chinese: sameNumber[0] });
  }
  for (const { figure, unit, of, ofUnit } of conversions) {
    if (ofUnit === 'mu' && (unit === 'ha' || unit === 'hectares') && figure.value !== muToHectares(of.value)) {
      extra.push({ value: figure.value, text: `${figure.text}, but ${of.text} mu is about ${muToHectares(of.value)} ha` });
    }
  }
  return { missing, extra, units };
}

/** “12,000 in hectares”, “2000万 in no unit”: a figure and its unit, for a message. */
const withUnit = (figure: Figure) => `${figure.text} in ${figure.unit === undefined ? 'no unit' : FIGURE_UNITS[figure.unit]}`;

/** “the English gives 12,000 in hectares where the Chinese gives 1.2万 in mu”: unit mismatches for a message. */
export function describeUnits(units: UnitMismatch[]): string {
  return units
    .map(({ english, chinese }) => `the English gives ${withUnit(english)} where the Chinese gives ${withUnit(chinese)}`)
    .join('; ');
}

/** “400 (400个), 2000万 (20,000,000)”: figures for a message. */
export function describeFigures(figures: Figure[]): string {
  return figures.map((figure) => (String(figure.value) === figure.text ? figure.text : `${figure.text} (= ${figure.value})`)).join(', ');
}
