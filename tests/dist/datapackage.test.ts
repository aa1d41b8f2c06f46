/**
 * /data/datapackage.json is a valid Frictionless Data Package, and the CSV it describes reads against its Table Schema
 * as published, byte for byte, checked with frictionlessdata's own JavaScript libraries (datapackage-js, and
 * tableschema-js on its own). Its licence is stated.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import datapackage from 'datapackage';
import { Table } from 'tableschema';
import { REFERENCE_PLAN } from '#tests/reference-plan.ts';
import { DIST, read } from './built-site.ts';

const work = mkdtempSync(join(tmpdir(), 'datapackage-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The CSV the package describes: without a byte-order mark, which Frictionless' JavaScript tools would read as part of the first column's name. */
const PACKAGE_CSV = 'commitments-no-bom.csv';

/** A copy of dist/data/ as published, whose CSV a test may replace. */
function copyOfData(csv = read(`data/${PACKAGE_CSV}`)): string {
  const folder = mkdtempSync(join(work, 'data-'));
  for (const file of ['datapackage.json', 'commitments.json', 'commitments-changelog.json']) copyFileSync(join(DIST, 'data', file), join(folder, file));
  writeFileSync(join(folder, PACKAGE_CSV), csv);
  return folder;
}

async function readCsv(folder: string) {
  const pkg = await datapackage.Package.load(join(folder, 'datapackage.json'));
  return { pkg, rows: () => pkg.getResource('commitments')!.read({ keyed: true }) };
}

describe('datapackage.json', () => {
  it('is a valid Data Package whose resources are the published files', async () => {
    const { pkg } = await readCsv(copyOfData());
    expect(pkg.errors.map(String)).toEqual([]);
    expect(pkg.valid).toBe(true);
    expect(pkg.resourceNames).toEqual(['commitments', 'commitments-json', 'commitments-changelog']);
    expect(pkg.getResource('commitments')!.tabular).toBe(true);
  });

  it('describes the CSV without a byte-order mark, the same rows as the spreadsheet CSV beside it', () => {
    const descriptor = JSON.parse(read('data/datapackage.json')) as { resources: { name: string; path: string; encoding: string }[] };
    expect(descriptor.resources[0]).toMatchObject({ name: 'commitments', path: PACKAGE_CSV, encoding: 'utf-8' });
    expect(read(`data/${PACKAGE_CSV}`).charCodeAt(0)).not.toBe(0xfeff);
    expect(read('data/commitments.csv')).toBe(`\uFEFF${read(`data/${PACKAGE_CSV}`)}`);
  });

  it('reads with the Table Schema library as published: every row, with 0 errors', async () => {
    const descriptor = JSON.parse(read('data/datapackage.json')) as { resources: { schema: { fields: { name: string }[] }; encoding: string }[] };
    const { schema, encoding } = descriptor.resources[0];
    // The library takes `encoding` and returns rows in a promise, which its type declarations leave out.
    const table = await Table.load(join(DIST, 'data', PACKAGE_CSV), { schema, encoding } as Parameters<typeof Table.load>[1]);
    const rows = await (table.read({ keyed: true, forceCast: true }) as unknown as Promise<(Record<string, unknown> | Error)[]>);
    expect(rows.filter((row) => row instanceof Error).map(String)).toEqual([]);
    expect(table.headers).toEqual(schema.fields.map((field) => field.name));
    const json = JSON.parse(read('data/commitments.json')) as { commitments: { measures: unknown[] }[] };
    expect(rows).toHaveLength(json.commitments.reduce((sum, c) => sum + Math.max(1, c.measures.length), 0));
  });

  it('states the licence: CC BY 4.0 for the data and translations, the article its publisher’s', () => {
    const descriptor = JSON.parse(read('data/datapackage.json')) as { licenses: unknown; description: string };
    expect(descriptor.licenses).toEqual([
      { name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0 International', path: 'https://creativecommons.org/licenses/by/4.0/' },
    ]);
    expect(descriptor.description).toContain('The data and the English translations are licensed under CC BY 4.0');
    expect(descriptor.description).toContain('The article itself, the Chinese text quoted in the data, belongs to its publisher');
  });

  it('describes the CSV: every row casts to the Table Schema’s types and constraints', async () => {
    const rows = await (await readCsv(copyOfData())).rows();
    const json = JSON.parse(read('data/commitments.json')) as { commitments: { measures: unknown[] }[] };
    expect(rows).toHaveLength(json.commitments.reduce((sum, c) => sum + Math.max(1, c.measures.length), 0));
    const planRows = rows.filter((row) => row.plan === REFERENCE_PLAN);
    const park = planRows.filter((row) => row.id === 'park-upgrading');
    expect(park.map((row) => [row.measure, row.value, row.unit])).toEqual([
      [1, 10, 'count'],
      [2, 400_000, 'm2'],
    ]);
    expect(planRows.find((row) => row.id === 'one-zone-ten-parks')).toMatchObject({ measure: null, amount: null, value: null });
  });

  it('rejects a CSV that breaks the schema (so the check above can fail)', async () => {
    const broken = read(`data/${PACKAGE_CSV}`).replace(',"effective-investment",', ',"no-such-road",');
    expect(broken).not.toBe(read(`data/${PACKAGE_CSV}`));
    await expect((await readCsv(copyOfData(broken))).rows()).rejects.toThrow();
  });
});
