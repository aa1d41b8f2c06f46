/**
 * A commitment whose English begins with a spreadsheet formula is published unchanged in the JSON,
 * and as inert text in the CSV.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../../scripts/lib/astro-build.ts';
import { makeWorkDir } from '../../scripts/lib/work-dir.ts';

// The commitment's own words follow the formula, so every other content check (figures, terms) still passes.
const FORMULA = '=HYPERLINK("https://evil.example/","Support")';
let HOSTILE = '';
const work = makeWorkDir('hostile-export-');
const built = (path: string) => readFileSync(join(work, 'dist', path), 'utf8');

beforeAll(() => {
  cpSync('content', join(work, 'content'), { recursive: true });
  const file = join(work, 'content/eight-roads/commitments.yaml');
  const text = readFileSync(file, 'utf8');
  const changed = text.replace(
    /(- id: zero-additional-land-upgrades\n(?: {2}.*\n)*? {2}en: )"(.*)"/u,
    (_match, head: string, english: string) => {
      HOSTILE = `${FORMULA} ${english}`;
      return `${head}'${HOSTILE.replaceAll("'", "''")}'`;
    },
  );
  if (changed === text) throw new Error('fixture: commitment zero-additional-land-upgrades not found');
  writeFileSync(file, changed);
  const result = astroBuild({ CONTENT_DIR: join(work, 'content'), OUT_DIR: join(work, 'dist'), CACHE_DIR: join(work, 'cache') });
  if (result.status !== 0) throw new Error(result.output);
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a commitment that begins like a formula', () => {
  it('is unchanged in the JSON', () => {
    const { commitments } = JSON.parse(built('data/commitments.json')) as { commitments: { id: string; en: string }[] };
    expect(commitments.find((c) => c.id === 'zero-additional-land-upgrades')?.en).toBe(HOSTILE);
  });

  it('is text, not a formula, in the CSV', () => {
    const [header, ...rows]: string[][] = parse(built('data/commitments.csv').slice(1));
    const row = rows.find((cells) => cells[header.indexOf('id')] === 'zero-additional-land-upgrades')!;
    expect(row[header.indexOf('en')]).toBe(`'${HOSTILE}`);
    expect(rows.flat().filter((cell) => /^[=+\-@\t\r]/u.test(cell))).toEqual([]);
  });
});
