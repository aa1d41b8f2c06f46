/**
 * `npm run status`: add writes one checked file; every refusal names its problem and writes nothing; list prints the
 * history; --help shows the usage. Sources follow the build's link rule; “today” is the plan's.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { domainToASCII } from 'node:url';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { statusUpdateSchema } from '#src/schemas/status.ts';
import { isRealDate, nearestIds, todayIn } from '#scripts/status/check-update.ts';

const work = mkdtempSync(join(tmpdir(), 'status-cli-'));
const content = join(work, 'content');
const statusDir = join(content, 'eight-roads/status');
afterAll(() => rmSync(work, { recursive: true, force: true }));
beforeEach(() => {
  rmSync(content, { recursive: true, force: true });
  cpSync('content/eight-roads/commitments.yaml', join(content, 'eight-roads/commitments.yaml'));
  cpSync('content/eight-roads/structure.yaml', join(content, 'eight-roads/structure.yaml'));
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
      note: { en: valid['--note-en'] },
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
      'a link the build would refuse',
      () => add('new-5g-base-stations', { '--source': 'javascript:alert(1)' }),
      /--source “javascript:alert\(1\)”: a link is a full https:\/\/ \(or http:\/\/\) address/u,
    ],
    [
      'a source with a user name and password',
      () => add('new-5g-base-stations', { '--source': 'https://admin:hunter2@intranet.example.org/report?token=abc' }),
      /--source “https:\/\/admin:hunter2@intranet.example.org\/report\?token=abc”: a link carries no user name or password/u,
    ],
    [
      'a host that mixes Cyrillic and Latin letters',
      () => add('new-5g-base-stations', { '--source': 'https://ex\u0430mple.org/report' }),
      /the host “ex\u0430mple” mixes Cyrillic and Latin letters/u,
    ],
    [
      'the same look-alike host written in punycode',
      () => add('new-5g-base-stations', { '--source': `https://${domainToASCII('ex\u0430mple.org')}/report` }),
      /mixes Cyrillic and Latin letters/u,
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

describe('the link rule and the plan’s day', () => {
  it('accepts an http: source, as the build does', () => {
    expect(add('new-5g-base-stations', { '--source': 'http://example.org/report' }).code).toBe(0);
  });

  it('writes a Unicode host in its ASCII (punycode) form, the path as written', () => {
    expect(add('new-5g-base-stations', { '--source': 'https://济宁.中国/报告' }).code).toBe(0);
    const data = parse(readFileSync(join(statusDir, yamlFiles()[0]), 'utf8')) as { source: string };
    expect(data.source).toBe(`https://${domainToASCII('济宁.中国')}/报告`);
  });

  it('takes “today” in the plan’s time zone, and names the zone when it refuses a later date', () => {
    // UTC+14 and UTC−11 are a day or two apart at every hour: today in the first is always the future in the second.
    const aheadToday = todayIn('Pacific/Kiritimati');
    const setZone = (zone: string) => {
      const path = join(content, 'eight-roads/structure.yaml');
      writeFileSync(path, readFileSync(path, 'utf8').replace(/^timeZone: .*$/mu, `timeZone: ${zone}`));
    };
    setZone('Pacific/Kiritimati');
    expect(add('new-5g-base-stations', { '--date': aheadToday }).code).toBe(0);
    setZone('Pacific/Pago_Pago');
    const { code, err } = add('new-5g-base-stations', { '--date': aheadToday, '--status': 'completed' });
    expect(code).toBe(1);
    expect(err).toContain(`--date ${aheadToday} is in the future (today is ${todayIn('Pacific/Pago_Pago')} in Pacific/Pago_Pago`);
  });

  it('reckons today’s date in a time zone', () => {
    // 20:00 UTC on 7 December is already 8 December in Beijing.
    expect(todayIn('Asia/Shanghai', new Date('2026-12-07T20:00:00Z'))).toBe('2026-12-08');
    expect(todayIn('UTC', new Date('2026-12-07T20:00:00Z'))).toBe('2026-12-07');
  });
});

describe('npm run status -- --help', () => {
  it('prints the usage and exits 0', () => {
    const { code, out } = status('--help');
    expect(code).toBe(0);
    expect(out).toMatch(/^usage:\n {2}npm run status -- add <commitment-id>/u);
    expect(out).toContain('npm run status -- list <commitment-id>');
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

  it('makes a later update of the same day the current status, whatever the file names', () => {
    add('new-5g-base-stations');
    add('new-5g-base-stations', { '--status': 'completed' });
    const recorded = yamlFiles().map((file) => (parse(readFileSync(join(statusDir, file), 'utf8')) as { recorded?: string }).recorded);
    expect(recorded.every((moment) => moment !== undefined && !Number.isNaN(Date.parse(moment)))).toBe(true);
    const { code, out } = status('list', 'new-5g-base-stations');
    expect(code).toBe(0);
    expect(out.indexOf('2025-06-30  in-progress')).toBeLessThan(out.indexOf('2025-06-30  completed'));
    expect(out).toMatch(/current status: completed/u);
  });

  it('names an unknown id with the nearest ones, without speaking of writing', () => {
    const { code, err } = status('list', 'kindergartens');
    expect(code).toBe(1);
    expect(err).toMatch(/unknown commitment id “kindergartens”; nearest: .*kindergarten/u);
    expect(err).not.toMatch(/refused|written/u);
  });

  it('suggests no id for one that resembles none', () => {
    const { code, err } = status('list', 'nope');
    expect(code).toBe(1);
    expect(err).toBe('status list: unknown commitment id “nope”; no known id is near it\n');
  });
});

describe('helpers', () => {
  it('suggests ids that contain the typed text first, then ids a typo or two away, and no others', () => {
    const ids = ['new-waterways', 'new-5g-base-stations', 'full-5g-coverage', 'four-homes'];
    expect(nearestIds('5g', ids)).toEqual(['new-5g-base-stations', 'full-5g-coverage']);
    expect(nearestIds('new-waterwyas', ids)).toEqual(['new-waterways']);
    expect(nearestIds('nope', ids)).toEqual([]);
  });
  it('accepts only real calendar dates', () => {
    expect(['2024-02-29', '2025-12-31'].map(isRealDate)).toEqual([true, true]);
    expect(['2025-02-29', '2025-13-01', '2025-6-30', ''].map(isRealDate)).toEqual([false, false, false, false]);
  });
});
