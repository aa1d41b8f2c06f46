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
 * RFC 4180 quoting: quote every field that holds a comma, quote or line break. A text cell that
 * begins like a formula gets a leading apostrophe and quotes, as OWASP advises, so that a
 * spreadsheet shows it as text instead of running it; numbers stay numbers (values are never negative).
 */
function csvField(value: string | number | boolean | null): string {
  const cell = csvCellFor(value);
  return /[",\r\n]/u.test(cell) || cell !== String(value ?? '') ? `"${cell.replace(/"/gu, '""')}"` : cell;
}

/** The text a spreadsheet reads from a cell of the CSV: the value, neutralised if it begins like a formula. */
export function csvCellFor(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** UTF-8 CSV with a byte-order mark, so spreadsheet programs read the Chinese correctly. */
export function toCsv(records: readonly CommitmentRecord[]): string {
  const lines = [CSV_COLUMNS.join(','), ...csvRows(records).map((row) => CSV_COLUMNS.map((column) => csvField(row[column])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
