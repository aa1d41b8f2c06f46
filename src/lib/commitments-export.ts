/**
 * The commitments as downloadable records, CSV and attribution. Pure: the endpoints under
 * src/pages/data/ and the tests build from the same functions.
 */
export const ATTRIBUTION =
  'Compiled from a newspaper report on the Jining High-tech Zone economic work plan, “走好高质量发展的‘八条路’” (byline: 本报记者 张慧). The Chinese text prevails; the English is an unofficial translation. Statuses are “announced” unless a dated source says otherwise.';

/** One quantity of a commitment, as published. */
export interface MeasureRecord {
  amount: string;
  value: number;
  unit: string;
  counts: string;
}

/** One commitment, as published in commitments.json. */
export interface CommitmentRecord {
  id: string;
  road: string;
  initiative: string | null;
  paragraph: number;
  zh: string;
  en: string;
  type: string;
  status: string;
  measures: MeasureRecord[];
  /** The commitment's own page. */
  page_zh: string;
  page_en: string;
  /** The paragraph that states it. */
  source_zh: string;
  source_en: string;
}

/** One CSV row: a commitment's columns, then one of its measures (empty when it has none). */
export type CsvRow = Omit<CommitmentRecord, 'measures'> & { measure: number | null } & {
  [K in keyof MeasureRecord]: MeasureRecord[K] | null;
};

export const CSV_COLUMNS: (keyof CsvRow)[] = [
  'id',
  'road',
  'initiative',
  'paragraph',
  'zh',
  'en',
  'type',
  'status',
  'page_zh',
  'page_en',
  'source_zh',
  'source_en',
  'measure',
  'amount',
  'value',
  'unit',
  'counts',
];

/** The flat rows of the CSV: one per measure, the commitment's columns repeated; one row for a commitment without a measure. */
export function csvRows(records: readonly CommitmentRecord[]): CsvRow[] {
  return records.flatMap(({ measures, ...commitment }) =>
    measures.length === 0
      ? [{ ...commitment, measure: null, amount: null, value: null, unit: null, counts: null }]
      : measures.map((measure, index) => ({ ...commitment, measure: index + 1, ...measure })),
  );
}

/** RFC 4180 quoting: quote every field that holds a comma, quote or line break. */
function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/** UTF-8 CSV with a byte-order mark, so spreadsheet programs read the Chinese correctly. */
export function toCsv(records: readonly CommitmentRecord[]): string {
  const lines = [CSV_COLUMNS.join(','), ...csvRows(records).map((row) => CSV_COLUMNS.map((column) => csvField(row[column])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
