/** /data/commitments.json and .csv are built from the collection, match it, and validate against the published schema. */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parse as parseCsv } from 'csv-parse/sync';
import { CSV_COLUMNS, csvCellFor } from '../../src/lib/commitments-export.ts';
import { read } from './built-site.ts';

const source = parse(readFileSync('content/eight-roads/commitments.yaml', 'utf8')) as Record<string, unknown>[];
const json = JSON.parse(read('data/commitments.json'));
const csv = read('data/commitments.csv');

describe('downloads', () => {
  it('JSON holds every commitment of the collection, field for field', () => {
    expect(json.attribution).toMatch(/本报记者 张慧/u);
    const records = new Map(json.commitments.map((c: { id: string }) => [c.id, c]));
    expect([...records.keys()].sort()).toEqual(source.map((entry) => entry.id as string).sort());
    for (const entry of source) {
      const record = records.get(entry.id) as Record<string, unknown>;
      for (const field of ['road', 'paragraph', 'zh', 'en', 'type']) expect(record[field], `${entry.id}.${field}`).toEqual(entry[field]);
      expect(record.initiative).toEqual(entry.initiative ?? null);
      expect(record.value).toEqual(entry.value ?? null);
      expect(record.status).toBe('announced');
      expect(record.url_zh).toMatch(/\/zh\/eight-roads\/.+#p\d+$/u);
    }
  });

  it('lists commitments in article order, road by road', () => {
    const roadOrder = ['effective-investment', 'industrial-upgrading', 'innovation-driven', 'industry-city-integration', 'deepening-reform', 'opening-up', 'party-building', 'shared-development'];
    const positions = json.commitments.map((c: { road: string }) => roadOrder.indexOf(c.road));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('JSON validates against the published JSON Schema', () => {
    const schema = JSON.parse(read('data/commitments.schema.json'));
    expect(schema.description).toMatch(/本报记者 张慧/u);
    const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(schema);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });

  it('CSV starts with a UTF-8 byte-order mark and holds the same records as the JSON', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseCsv(csv.slice(1), { relaxColumnCount: false }) as string[][];
    expect(header).toEqual(CSV_COLUMNS);
    expect(rows).toHaveLength(json.commitments.length);
    rows.forEach((row, index) => {
      const record = json.commitments[index];
      expect(Object.fromEntries(header.map((column, i) => [column, row[i]]))).toEqual(
        Object.fromEntries(CSV_COLUMNS.map((column) => [column, csvCellFor(record[column])])),
      );
    });
  });

  it('CSV has no cell a spreadsheet would run as a formula', () => {
    const cells = (parseCsv(csv.slice(1)) as string[][]).flat();
    expect(cells.filter((cell) => /^[=+\-@\t\r]/u.test(cell))).toEqual([]);
  });
});
