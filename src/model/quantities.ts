/**
 * Quantities in the plan: reading Chinese amounts and writing them in English.
 * 万 is ×10⁴ and 亿 is ×10⁸; 1 mu (亩) is 666.67 m². Pure functions, no Astro imports.
 */

/** Units a commitment can be measured in. */
export const UNITS = ['yuan', 'mu', 'm2', 'km', 'percent', 'count', 'year', 'years'] as const;
export type Unit = (typeof UNITS)[number];

export const SQUARE_METRES_PER_MU = 666.67;

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Reads a number written in Chinese numerals below 10,000 (一百, 十九, 百, 三). */
export function readChineseNumeral(text: string): number | undefined {
  let total = 0;
  let digit: number | undefined;
  for (const char of text) {
    if (char in DIGITS) digit = DIGITS[char];
    else if (char in SMALL_UNITS) {
      total += (digit ?? 1) * SMALL_UNITS[char];
      digit = undefined;
    } else return undefined;
  }
  return total + (digit ?? 0);
}

const AMOUNT = /^(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)([万亿]*)/u;

/**
 * The number stated at the start of a Chinese amount, with 万 and 亿 applied:
 * “2000万元” → 20,000,000; “7.6亿元” → 760,000,000; “百亿” → 10,000,000,000; “2万亩” → 20,000.
 * Returns undefined when the text does not start with a number.
 */
export function parseChineseAmount(amount: string): number | undefined {
  const match = AMOUNT.exec(amount.trim());
  if (!match) return undefined;
  const [, number, multipliers] = match;
  const base = /^\d/u.test(number) ? Number(number) : readChineseNumeral(number);
  if (base === undefined) return undefined;
  let value = base;
  for (const char of multipliers) value *= LARGE_UNITS[char];
  // Guard against binary noise such as 7.6 × 1e8 = 759999999.9999999.
  return Math.round(value * 1e6) / 1e6;
}

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** “20 million”, “760 million”, “10 billion”, “1.5 million”, “8,000”. */
function scaled(value: number): string {
  if (value >= 1e9) return `${grouped.format(value / 1e9)} billion`;
  if (value >= 1e6) return `${grouped.format(value / 1e6)} million`;
  return grouped.format(value);
}

/** The hectares in an area of mu, rounded to a whole hectare. */
export function muToHectares(mu: number): number {
  return Math.round((mu * SQUARE_METRES_PER_MU) / 10_000);
}

/** The forms of a value a quantity string can use; each language's `quantity.<unit>` string picks the ones it writes. */
export type QuantityValues = {
  /** Grouped digits: 20,000,000. */
  full: string;
  /** Scaled to millions or billions: 20 million. */
  scaled: string;
  /** Digits alone, as years are written: 2020. */
  plain: string;
  /** An area of mu in hectares, grouped: 1,333. */
  hectares: string;
  /** The number, for plural forms. */
  count: number;
};

export function quantityValues(value: number, unit: Unit): QuantityValues {
  return {
    full: grouped.format(value),
    scaled: scaled(value),
    plain: String(value),
    hectares: unit === 'mu' ? grouped.format(muToHectares(value)) : '',
    count: value,
  };
}

/** The strings for an amount whose Chinese names no unit: money without a currency, or another bare number. */
export type UnstatedKey = 'quantity.currencyNotStated' | 'quantity.unitNotStated';

/** Translates one of the `quantity.<unit>` strings of src/i18n/ui/ (a narrow signature, so src/lib stays free of i18next). */
export type QuantityTranslate = (key: `quantity.${Unit}` | UnstatedKey, values: QuantityValues) => string;

/**
 * A quantity written out, its unit words from the UI strings:
 * RMB 20 million · 20,000 mu (about 1,333 ha) · 700,000 m² · 27 km · 50% · 400 · 2020 · 3 years (English);
 * 20,000,000元 · 20,000亩 · 50% · 2020年 (Chinese, beside the amount as printed).
 * Where the Chinese names no unit (`unitStated` false), no unit is written as fact: “10 billion (currency not stated)”.
 */
export function quantityText(translate: QuantityTranslate, value: number, unit: Unit, unitStated = true): string {
  const values = quantityValues(value, unit);
  if (unitStated) return translate(`quantity.${unit}`, values);
  return translate(unit === 'yuan' ? 'quantity.currencyNotStated' : 'quantity.unitNotStated', values);
}
