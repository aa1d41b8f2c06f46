/** `npm run status`: add writes one checked file; every refusal names its problem and writes nothing; list prints the history. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { statusUpdateSchema } from '#src/schemas/status.ts';
import { isRealDate, nearestIds } from '#scripts/status/check-update.ts';

const work = mkdtempSync(join(tmpdir(), 'status-cli-'));
const content = join(work, 'content');
const statusDir = join(content, 'eight-roads/status');
afterAll(() => rmSync(work, { recursive: true, force: true }));
beforeEach(() => {
  rmSync(content, { recursive: true, force: true });
  cpSync('content/eight-roads/commitments.yaml', join(content, 'eight-roads/commitments.yaml'));
  cpSync('content/eight-roads/status', statusDir, { recursive: true });
});

function status(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/status.ts', ...args], {
    env: { ...process.env, CONTENT_DIR: content },
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}
const yamlFiles = () => readdirSync(statusDir).filter((file) => file.endsWith('.yaml'));

const valid = {
  '--status': 'in-progress',
  '--date': '2025-06-30',
  '--source': 'https://example.org/report',
  '--note-zh': '来源说明工程已开工。',
  '--note-en': 'The source says work has started.',
};
const add = (id: string, overrides: Partial<Record<keyof typeof valid, string>> = {}) =>
  status('add', id, ...Object.entries({ ...valid, ...overrides }).flat());

describe('npm run status -- add', () => {
  it('writes one update file that the build’s schema accepts', () => {
    const { code, out } = add('new-5g-base-stations');
    expect(code).toBe(0);
    expect(out).toContain('new-5g-base-stations-2025-06-30-in-progress.yaml');
    expect(yamlFiles()).toEqual(['new-5g-base-stations-2025-06-30-in-progress.yaml']);
    const text = readFileSync(join(statusDir, yamlFiles()[0]), 'utf8');
    expect(text).toMatch(/^date: 2025-06-30$/mu);
    const data = parse(text) as Record<string, unknown>;
    expect(statusUpdateSchema().parse(data)).toMatchObject({
      commitment: 'new-5g-base-stations',
      status: 'in-progress',
      noteEn: valid['--note-en'],
    });
  });

  it.each([
    [
      'an unknown id, suggesting the nearest',
      () => add('new-5g-base-station'),
      /unknown commitment id “new-5g-base-station”; nearest: new-5g-base-stations/u,
    ],
    [
      'a date that does not exist',
      () => add('new-5g-base-stations', { '--date': '2025-02-30' }),
      /--date “2025-02-30” is not a real date/u,
    ],
    [
      'a date in another format',
      () => add('new-5g-base-stations', { '--date': '30/06/2025' }),
      /--date “30\/06\/2025” is not a real date/u,
    ],
    ['a date in the future', () => add('new-5g-base-stations', { '--date': '2999-01-01' }), /--date 2999-01-01 is in the future/u],
    [
      'a status off the scale',
      () => add('new-5g-base-stations', { '--status': 'done' }),
      /--status “done” is not on the scale: announced, in-progress, completed, unclear/u,
    ],
    [
      'a URL that is not https',
      () => add('new-5g-base-stations', { '--source': 'http://example.org/report' }),
      /--source “http:\/\/example.org\/report” is not an https URL/u,
    ],
    ['an empty Chinese note', () => add('new-5g-base-stations', { '--note-zh': '  ' }), /--note-zh is empty/u],
    ['an empty English note', () => add('new-5g-base-stations', { '--note-en': '' }), /--note-en is empty/u],
  ])('refuses %s and writes nothing', (_name, run, message) => {
    const { code, err } = run();
    expect(code).toBe(1);
    expect(err).toMatch(/status: refused, nothing written/u);
    expect(err).toMatch(message);
    expect(yamlFiles()).toEqual([]);
  });

  it('refuses a second update with the same commitment, date and status, and keeps the first', () => {
    expect(add('new-5g-base-stations').code).toBe(0);
    const { code, err } = add('new-5g-base-stations', { '--note-en': 'Another note.' });
    expect(code).toBe(1);
    expect(err).toMatch(/an update of “new-5g-base-stations” on 2025-06-30 with status in-progress already exists/u);
    expect(yamlFiles()).toHaveLength(1);
    expect(readFileSync(join(statusDir, yamlFiles()[0]), 'utf8')).toContain(valid['--note-en']);
    expect(add('new-5g-base-stations', { '--status': 'completed' }).code).toBe(0);
  });
});

describe('npm run status -- list', () => {
  it('prints the history, oldest first, and the current status', () => {
    add('new-5g-base-stations');
    add('new-5g-base-stations', { '--date': '2025-09-01', '--status': 'completed' });
    const { code, out } = status('list', 'new-5g-base-stations');
    expect(code).toBe(0);
    expect(out.indexOf('announced')).toBeLessThan(out.indexOf('2025-06-30  in-progress'));
    expect(out.indexOf('2025-06-30')).toBeLessThan(out.indexOf('2025-09-01  completed'));
    expect(out).toContain('The source says work has started.');
    expect(out).toMatch(/current status: completed/u);
  });

  it('names an unknown id with the nearest ones', () => {
    const { code, err } = status('list', 'kindergartens');
    expect(code).toBe(1);
    expect(err).toMatch(/unknown commitment id “kindergartens”; nearest: .*kindergarten/u);
  });
});

describe('helpers', () => {
  it('suggests ids that contain the typed text first', () => {
    expect(nearestIds('5g', ['new-waterways', 'new-5g-base-stations', 'full-5g-coverage', 'four-homes'])).toEqual([
      'new-5g-base-stations',
      'full-5g-coverage',
      'four-homes',
    ]);
  });
  it('accepts only real calendar dates', () => {
    expect(['2024-02-29', '2025-12-31'].map(isRealDate)).toEqual([true, true]);
    expect(['2025-02-29', '2025-13-01', '2025-6-30', ''].map(isRealDate)).toEqual([false, false, false, false]);
  });
});
