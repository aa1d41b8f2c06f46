/** /data/commitments.json and .csv are built from the collection, match it, and validate against the published schema. */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parse as parseCsvText } from 'csv-parse/sync';
import { csvCellFor, csvRows, toCsv } from '#src/model/commitments-export.ts';
import { CSV_COLUMNS, type CommitmentRecord } from '#src/schemas/commitment-record.ts';
import { REFERENCE_PLAN, sitePlans } from '#tests/reference-plan.ts';
import { read } from './built-site.ts';

const source = parse(readFileSync(`content/${REFERENCE_PLAN}/commitments.yaml`, 'utf8')) as ({ id: string } & Record<string, unknown>)[];
const json = JSON.parse(read('data/commitments.json')) as { attribution: string; commitments: CommitmentRecord[] };
/** The reference plan's records in the combined file: the other plans' are the same shape, with ids of their own. */
const planRecords = json.commitments.filter((record) => record.plan === REFERENCE_PLAN);
const csv = read('data/commitments.csv');
const parseCsv = (text: string): string[][] => parseCsvText(text, { relaxColumnCount: false });

describe('downloads', () => {
  it('JSON holds every commitment of the collection, field for field', () => {
    expect(json.attribution).toMatch(/本报记者 张慧/u);
    // Every record is of a plan of the site, and the reference plan's are its collection's, no more.
    expect([...new Set(json.commitments.map((record) => record.plan))].sort()).toEqual(sitePlans());
    const records = new Map(planRecords.map((c: { id: string }) => [c.id, c]));
    expect(planRecords.map((record) => record.id).sort()).toEqual(source.map((entry) => entry.id).sort());
    for (const entry of source) {
      const record = records.get(entry.id) as unknown as Record<string, unknown>;
      for (const field of ['road', 'paragraph', 'zh', 'en', 'type']) expect(record[field], `${entry.id}.${field}`).toEqual(entry[field]);
      expect(record.initiative).toEqual(entry.initiative ?? null);
      // unit_stated is the content's unitStated (true unless the Chinese amount names no unit).
      const measures = (entry.measures ?? []) as ({ unitStated?: boolean } & Record<string, unknown>)[];
      expect(record.measures).toEqual(measures.map(({ unitStated, ...measure }) => ({ ...measure, unit_stated: unitStated ?? true })));
      expect(record.status).toBe('announced');
      expect(record.page_zh).toMatch(new RegExp(`^https?://[^/]+/.*zh/eight-roads/commitments/${entry.id}/$`, 'u'));
      expect(record.page_en).toBe((record.page_zh as string).replace('/zh/', '/en/'));
      expect(record.source_zh).toMatch(/^https?:\/\/.*\/zh\/eight-roads\/.+#p\d+$/u);
      expect(record.source_en).toBe((record.source_zh as string).replace('/zh/', '/en/'));
      expect(record.plan).toBe('eight-roads');
    }
  });

  it('publishes each plan’s data on its own too, the same records as the combined file', () => {
    const own = JSON.parse(read(`data/${REFERENCE_PLAN}/commitments.json`)) as { commitments: CommitmentRecord[] };
    expect(own.commitments).toEqual(planRecords);
    // Byte for byte: the combined file's serialiser, given this plan's records (with one plan, the combined file itself).
    expect(read(`data/${REFERENCE_PLAN}/commitments.csv`)).toBe(toCsv(planRecords));
    if (sitePlans().length === 1) expect(read(`data/${REFERENCE_PLAN}/commitments.csv`)).toBe(csv);
  });

  it('lists commitments in article order, road by road', () => {
    const roadOrder = ['effective-investment', 'industrial-upgrading', 'innovation-driven', 'industry-city-integration', 'deepening-reform', 'opening-up', 'party-building', 'shared-development'];
    const positions = planRecords.map((c: { road: string }) => roadOrder.indexOf(c.road));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('JSON validates against the published JSON Schema', () => {
    const schema = JSON.parse(read('data/commitments.schema.json')) as { description: string };
    expect(schema.description).toMatch(/The Chinese text prevails/u);
    const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(schema);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });

  it('CSV starts with a UTF-8 byte-order mark and holds one row per measure, one for a commitment without one', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(header).toEqual(CSV_COLUMNS);
    const expected = json.commitments.reduce((sum, record) => sum + Math.max(1, record.measures.length), 0);
    expect(rows).toHaveLength(expected);
    const flat = csvRows(json.commitments);
    rows.forEach((row, index) => {
      const record = flat[index];
      expect(Object.fromEntries(header.map((column, i) => [column, row[i]]))).toEqual(
        Object.fromEntries(CSV_COLUMNS.map((column) => [column, csvCellFor(record[column])])),
      );
    });
    const planRows = rows.filter((row) => row[header.indexOf('plan')] === REFERENCE_PLAN);
    const park = planRows.filter((row) => row[0] === 'park-upgrading');
    expect(park.map((row) => row[header.indexOf('amount')])).toEqual(['10个', '40万平米']);
    expect(planRows.filter((row) => row[0] === 'one-zone-ten-parks').map((row) => row[header.indexOf('measure')])).toEqual(['']);
  });

  it('CSV has no cell a spreadsheet would run as a formula', () => {
    expect(parseCsv(csv.slice(1)).flat().filter((cell) => /^[=+\-@\t\r]/u.test(cell))).toEqual([]);
  });
});

describe('the downloads section', () => {
  it.each(['zh', 'en'])('/%s/commitments/ tells the spreadsheet CSV from the data-tools CSV, and states the licence', (locale) => {
    const page = read(`${locale}/commitments/index.html`);
    const section = /<section aria-labelledby="downloads"[\s\S]*?<\/section>/u.exec(page)?.[0] ?? '';
    const item = (file: string) => new RegExp(`<li>\\s*<a href="/data/${file}" download>([^<]+)</a>`, 'u').exec(section)?.[1] ?? '';
    expect(item('commitments.csv')).toMatch(locale === 'en' ? /for spreadsheets.*with a byte-order mark/u : /供电子表格使用.*带字节顺序标记/u);
    expect(item('commitments-no-bom.csv')).toMatch(locale === 'en' ? /for data tools.*without a byte-order mark/u : /供数据工具使用.*不带字节顺序标记/u);
    const licence = /<p[^>]*data-licence[^>]*>([\s\S]*?)<\/p>/u.exec(section)?.[1] ?? '';
    expect(licence).toContain('<a href="https://creativecommons.org/licenses/by/4.0/" rel="license">CC BY 4.0</a>');
    expect(licence).toMatch(locale === 'en' ? /data and the English translations.*belongs to its publisher/su : /数据与英文译文.*归其发布者所有/su);
  });
});

describe('status feeds', () => {
  it.each(['zh', 'en'])('/%s/ has a status-update feed, linked from the overview, with no item while every status is “announced”', (locale) => {
    const feed = read(`${locale}/${REFERENCE_PLAN}/commitments/updates.xml`);
    expect(feed).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><rss version="2.0"[ >]/u);
    expect(feed).toContain(`<language>${locale === 'zh' ? 'zh-Hans' : 'en'}</language>`);
    expect(feed).not.toContain('<item>');
    const overview = read(`${locale}/commitments/index.html`);
    expect(overview).toContain(`href="/${locale}/eight-roads/commitments/updates.xml" data-status-feed`);
    expect(overview).toMatch(new RegExp(`<link rel="alternate" type="application/rss\\+xml"[^>]*href="https?://[^"]+/${locale}/eight-roads/commitments/updates.xml"`, 'u'));
  });
});
