/**
 * /data/datapackage.json is a valid Frictionless Data Package, and the published CSV reads against its
 * Table Schema, checked with frictionlessdata's own JavaScript library (datapackage-js).
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import datapackage from 'datapackage';
import { REFERENCE_PLAN } from '#tests/reference-plan.ts';
import { DIST, read } from './built-site.ts';

const work = mkdtempSync(join(tmpdir(), 'datapackage-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of dist/data/ whose CSV may be changed; datapackage-js does not strip the UTF-8 byte-order mark (frictionless-py does), so the copy drops it. */
function copyOfData(csv = read('data/commitments.csv')): string {
  const folder = mkdtempSync(join(work, 'data-'));
  for (const file of ['datapackage.json', 'commitments.json', 'commitments-changelog.json']) copyFileSync(join(DIST, 'data', file), join(folder, file));
  writeFileSync(join(folder, 'commitments.csv'), csv.replace(/^\uFEFF/u, ''));
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

  it('describes the CSV: every row casts to the Table Schema’s types and constraints', async () => {
    expect(read('data/commitments.csv').charCodeAt(0)).toBe(0xfeff);
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
    const broken = read('data/commitments.csv').replace(',effective-investment,', ',no-such-road,');
    await expect((await readCsv(copyOfData(broken))).rows()).rejects.toThrow();
  });
});
