/**
 * The commitments as downloadable records, CSV and attribution. Pure: the endpoints under
 * src/pages/data/ and the tests build from the same functions. The records' shape: src/schemas/commitment-record.ts.
 */
import { CSV_COLUMNS, type CommitmentRecord, type CsvRow } from '#src/schemas/commitment-record.ts';

const TERMS =
  'The Chinese text prevails; the English is an unofficial translation. Statuses are “announced” unless a dated source says otherwise.';

/** The attribution of the data as a whole, where the plans are not listed (the JSON Schema, the Data Package). */
export const ATTRIBUTION = `Compiled from the published texts of Jining High-tech Zone economic work plans, as named in each download. ${TERMS}`;

/** The attribution of one download: the plans it comes from, by title and byline as printed. */
export function attributionFor(sources: readonly { title: string; byline: string }[]): string {
  const plans = sources.map(({ title, byline }) => `“${title}” (byline: ${byline})`).join('; ');
  return `Compiled from the published text${sources.length === 1 ? '' : 's'} of the Jining High-tech Zone economic work plan${sources.length === 1 ? '' : 's'} ${plans}. ${TERMS}`;
}

/** The flat rows of the CSV: one per measure, the commitment's columns repeated; one row for a commitment without a measure. */
export function csvRows(records: readonly CommitmentRecord[]): CsvRow[] {
  return records.flatMap(({ measures, ...commitment }): CsvRow[] =>
    measures.length === 0
      ? [{ ...commitment, measure: null, amount: null, value: null, unit: null, counts: null, unit_stated: null }]
      : measures.map((measure, index) => ({ ...commitment, measure: index + 1, ...measure })),
  );
}

/** First characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/u;

/**
 * RFC 4180, every text cell quoted and no number quoted: a spreadsheet told to read quoted fields as text (LibreOffice's
 * “Format quoted field as text”) then keeps “100%” or “1,000” as written, and numbers stay numbers. A text cell that
 * begins like a formula gets a leading apostrophe as well, as OWASP advises, so that a spreadsheet shows it as text
 * instead of running it (values are never negative).
 */
function csvField(value: string | number | boolean | null): string {
  if (typeof value !== 'string') return csvCellFor(value);
  return `"${csvCellFor(value).replace(/"/gu, '""')}"`;
}

/** The text a spreadsheet reads from a cell of the CSV: the value, neutralised if it begins like a formula. */
export function csvCellFor(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * The two CSV files of the same rows. `spreadsheet`: UTF-8 with a byte-order mark, which Excel needs to read the
 * Chinese as UTF-8. `data`: UTF-8 without one, as the Data Package declares it and Frictionless' tools read it (with a
 * mark, they read the first column's name as “\uFEFFid”).
 */
export type CsvFlavour = 'spreadsheet' | 'data';

export function toCsv(records: readonly CommitmentRecord[], flavour: CsvFlavour = 'spreadsheet'): string {
  const lines = [CSV_COLUMNS.join(','), ...csvRows(records).map((row) => CSV_COLUMNS.map((column) => csvField(row[column])).join(','))];
  return `${flavour === 'spreadsheet' ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}

/** The terms of the data and the translations; the article itself is not this site's to license. */
export const LICENCE = {
  /** The SPDX and Open Definition id, as a Data Package's `licenses` names it. */
  name: 'CC-BY-4.0',
  /** The name as people write it. */
  short: 'CC BY 4.0',
  title: 'Creative Commons Attribution 4.0 International',
  path: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

export const LICENCE_TERMS = `The data and the English translations are licensed under ${LICENCE.short} (${LICENCE.title}, ${LICENCE.path}). The article itself, the Chinese text quoted in the data, belongs to its publisher and is not licensed here.`;
