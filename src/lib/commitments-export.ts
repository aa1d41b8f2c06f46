/**
 * The commitments as downloadable records, CSV and attribution. Pure: the endpoints under
 * src/pages/data/ and the tests build from the same functions.
 */
export const ATTRIBUTION =
  'Compiled from a newspaper report on the Jining High-tech Zone economic work plan, “走好高质量发展的‘八条路’” (byline: 本报记者 张慧). The Chinese text prevails; the English is an unofficial translation. Statuses are “announced” unless a dated source says otherwise.';

export interface CommitmentRecord {
  id: string;
  road: string;
  initiative: string | null;
  paragraph: number;
  zh: string;
  amount: string | null;
  value: number | null;
  unit: string | null;
  en: string;
  type: string;
  status: string;
  url_zh: string;
  url_en: string;
}

export const CSV_COLUMNS: (keyof CommitmentRecord)[] = ['id', 'road', 'initiative', 'paragraph', 'zh', 'amount', 'value', 'unit', 'en', 'type', 'status', 'url_zh', 'url_en'];

/** First characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/u;

/**
 * RFC 4180 quoting: quote every field that holds a comma, quote or line break. A text cell that
 * begins like a formula gets a leading apostrophe and quotes, as OWASP advises, so that a
 * spreadsheet shows it as text instead of running it; numbers stay numbers (values are never negative).
 */
function csvField(value: string | number | null): string {
  const cell = csvCellFor(value);
  return /[",\r\n]/u.test(cell) || cell !== String(value ?? '') ? `"${cell.replace(/"/gu, '""')}"` : cell;
}

/** The text a spreadsheet reads from a cell of the CSV: the value, neutralised if it begins like a formula. */
export function csvCellFor(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** UTF-8 CSV with a byte-order mark, so spreadsheet programs read the Chinese correctly. */
export function toCsv(records: CommitmentRecord[]): string {
  const lines = [CSV_COLUMNS.join(','), ...records.map((record) => CSV_COLUMNS.map((column) => csvField(record[column])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
