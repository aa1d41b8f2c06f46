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
 */
import { muToHectares, parseChineseAmount, readChineseNumeral } from '#src/model/quantities.ts';

export interface Figure {
  /** The number, with 万/亿 or million/billion applied. */
  value: number;
  /** The text it was read from, as shown in messages. */
  text: string;
}

const ARABIC_AMOUNT = /\d+(?:\.\d+)?[万亿]*/gu;
const CHINESE_RUN = /[零〇一二两三四五六七八九十百千万亿]+/gu;

/** Figures the English must state: Arabic numbers, and Chinese numerals with 十/百/千/万/亿. */
export function chineseFigures(text: string): Figure[] {
  const figures: { index: number; figure: Figure }[] = [];
  for (const match of text.matchAll(ARABIC_AMOUNT)) {
    figures.push({ index: match.index, figure: { value: parseChineseAmount(match[0])!, text: match[0] } });
  }
  for (const match of text.matchAll(CHINESE_RUN)) {
    // One character alone (十里湖, Shili Lake; 一区十园, one zone, ten parks) is a word: the English may write it out.
    if (match[0].length < 2 || !/[十百千万亿]/u.test(match[0])) continue;
    const value = parseChineseAmount(match[0]);
    // A run such as 万 alone, or 十四五 (the 14th Five-Year Plan), is not one amount.
    if (value !== undefined && value > 0 && isOneAmount(match[0])) figures.push({ index: match.index, figure: { value, text: match[0] } });
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
    const figure = {
      value: Math.round(Number(`${integer.replace(/,/gu, '')}${fraction}`) * (scale ? SCALES[scale] : 1) * 1e6) / 1e6,
      text: whole,
    };
    if (match.index < skipUntil) continue;
    const after = text.slice(match.index + whole.length);
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
  for (const { figure, unit, of, ofUnit } of conversions) {
    if (ofUnit === 'mu' && (unit === 'ha' || unit === 'hectares') && figure.value !== muToHectares(of.value)) {
      extra.push({ value: figure.value, text: `${figure.text}, but ${of.text} mu is about ${muToHectares(of.value)} ha` });
    }
  }
  return { missing, extra };
}

/** “400 (400个), 2000万 (20,000,000)”: figures for a message. */
export function describeFigures(figures: Figure[]): string {
  return figures.map((figure) => (String(figure.value) === figure.text ? figure.text : `${figure.text} (= ${figure.value})`)).join(', ');
}
