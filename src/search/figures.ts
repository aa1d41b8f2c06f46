/**
 * Figures in a search query, in whatever form the reader writes them: 2万亩, 20,000 mu, 20000 mu,
 * RMB 200 billion, 200 billion yuan, 2000亿, 27 km, 27 kilometres, 27公里, 百亿. Each is read as a value
 * and a unit, then rewritten as the page of the reader's language writes that figure (from the
 * figures data), so Pagefind meets the page's own words. Pure functions.
 */
import { parseChineseAmount, type Unit } from '#src/model/quantities.ts';

/** A figure of the plan as one language writes it, e.g. { value: 20000, unit: 'mu', text: '2万亩' }. */
export interface SiteFigure {
  value: number;
  unit: Unit;
  text: string;
}

/** A figure found in a query: the text as typed, its value and, when stated, its unit. */
export interface QueryFigure {
  text: string;
  value: number;
  unit?: Unit;
}

/** A figure's amount in the data, as the adapter in src/search/build/figure-amounts.ts gives it. */
export interface FigureAmount {
  amount: string;
  value: number;
  unit: Unit;
  /** False where the Chinese names no unit: the English pages then write the number without one. */
  unitStated?: boolean;
}

/** The figures of the data in one language's words, each once; `written` is how that language's pages write a figure. */
export function siteFigures(amounts: FigureAmount[], written: (figure: FigureAmount) => string): SiteFigure[] {
  const seen = new Set<string>();
  const figures: SiteFigure[] = [];
  for (const figure of amounts) {
    const { value, unit } = figure;
    if (unit === 'year' || unit === 'years') continue; // 2020年 and 3年 are written the same in both.
    const text = written(figure);
    if (seen.has(`${unit}|${text}`)) continue;
    seen.add(`${unit}|${text}`);
    figures.push({ value, unit, text });
  }
  return figures;
}

const ZH_UNITS: [RegExp, Unit][] = [
  [/^(?:元|人民币)/u, 'yuan'],
  [/^亩/u, 'mu'],
  [/^(?:公里|千米)/u, 'km'],
  [/^(?:平方米|平米)/u, 'm2'],
  [/^[%％]/u, 'percent'],
  [/^[个名家所条座处支项]/u, 'count'],
];

const EN_UNITS: [RegExp, Unit][] = [
  [/^(?:yuan|rmb|cny)\b/iu, 'yuan'],
  [/^mu\b/iu, 'mu'],
  [/^(?:km|kilomet(?:re|er)s?)\b/iu, 'km'],
  [/^(?:m²|m2\b|sq\.?\s?m\b|sqm\b|square\s+met(?:re|er)s?\b)/iu, 'm2'],
  [/^(?:%|per\s?cent\b)/iu, 'percent'],
];

// No single-letter m or b: “700,000 m²” is square metres, not millions.
const EN_SCALES: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, billion: 1e9, bn: 1e9 };

// A number not glued to letters before it (PM2.5, 5G's 5 is glued after): 20,000 · 20 000 · 7.6 · 2000.
const EN_FIGURE =
  /(?<![\p{L}\d.,])(rmb|cny|¥|yuan)?\s*(\d{1,3}(?:[, ]\d{3})+(?!\d)|\d+)(\.\d+)?(?:\s*(thousand|million|billion|bn|mn|k)(?!\p{L}))?\s*/giu;
const ZH_FIGURE = /(?<![\d.,])(\d{1,3}(?:[,，]\d{3})+|\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)([万亿]*)/gu;

const round = (value: number) => Math.round(value * 1e6) / 1e6;

function unitAt(text: string, table: [RegExp, Unit][]): { unit: Unit; length: number } | undefined {
  for (const [pattern, unit] of table) {
    const match = pattern.exec(text);
    if (match) return { unit, length: match[0].length };
  }
  return undefined;
}

/**
 * The figures in a query. A bare number (5 in 5G, 2 in “2 lakes”) is not a figure unless a
 * scale (万, million), a currency or a unit says what it counts.
 */
export function findQueryFigures(query: string): QueryFigure[] {
  const found: QueryFigure[] = [];
  for (const match of query.matchAll(ZH_FIGURE)) {
    const [text, number, scales] = match;
    if (!/\d/u.test(number) && !/[百千]/u.test(number) && scales === '') continue; // 一机场, 四大: names, not figures
    const value = parseChineseAmount(text.replace(/[,，]/gu, ''));
    if (value === undefined) continue;
    const rest = query.slice(match.index + text.length);
    const unit = unitAt(rest, ZH_UNITS);
    if (!unit && scales === '') continue;
    found.push({ text: text + rest.slice(0, unit?.length ?? 0), value, unit: unit?.unit });
  }
  for (const match of query.matchAll(EN_FIGURE)) {
    const [whole, currency, integer, fraction = '', scale] = match;
    const scaleValue = scale ? EN_SCALES[scale.toLowerCase()] : 1;
    const rest = query.slice(match.index + whole.length);
    const unit = unitAt(rest, EN_UNITS);
    const isYuan = Boolean(currency) || unit?.unit === 'yuan';
    if (!unit && /^\p{L}/u.test(rest) && !/\s$/u.test(whole)) continue; // 5G, 2万: not an English figure
    if (!unit && !currency && !scale && !/[, ]\d{3}/u.test(integer)) continue;
    const value = round(Number(integer.replace(/[, ]/gu, '') + fraction) * scaleValue);
    const text = (whole + rest.slice(0, unit?.length ?? 0)).trim();
    found.push({ text, value, unit: isYuan ? 'yuan' : unit?.unit });
  }
  return found;
}

/**
 * The query with each of its figures written as the site writes it in this language; one query per
 * reading when a figure fits several (20000 without a unit). Figures the plan does not state stay as typed.
 */
export function rewriteFigures(query: string, figures: SiteFigure[], locale: 'zh' | 'en'): string[] {
  let variants = [query];
  for (const figure of findQueryFigures(query)) {
    // Counts read the same in both languages but for the measure word (400个 · 400): keep them as typed.
    if (figure.unit === 'count') {
      if (locale === 'en') variants = variants.map((variant) => variant.replace(figure.text, ` ${figure.value} `).trim());
      continue;
    }
    const matches = figures.filter((site) => site.value === figure.value && (figure.unit === undefined || site.unit === figure.unit));
    // The typed form is the site's own: nothing to rewrite.
    if (matches.length === 0 || matches.some((site) => site.text === figure.text)) continue;
    const texts = [...new Set(matches.map((site) => site.text))].slice(0, 3);
    variants = variants.flatMap((variant) => texts.map((text) => variant.replace(figure.text, ` ${text} `).replace(/\s+/gu, ' ').trim()));
  }
  return [...new Set(variants)];
}
