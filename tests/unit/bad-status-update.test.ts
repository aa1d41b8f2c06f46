/**
 * A bad status update stops the build with a message naming the file and the field: dates that are not real
 * calendar dates in YYYY-MM-DD, and sources that would become a link but are no http(s) address. The status files
 * are checked all before the content sync stops, so one copy of the content with a bad file per case names each of
 * them. In-process: the loaders and the content check the build runs (./bad-content-check.ts).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkWith, type Check } from './bad-content-check.ts';

const BAD_DATES = ['20260331', '2026-02-30', '2026-3-5', '"2026-03-31T12:00:00+08:00"'];
const BAD_SOURCES = ['javascript:alert(document.domain)', 'data:text/html,hello'];
const FIXTURE = readFileSync('tests/fixtures/status-update.yaml', 'utf8');

let build: Check;

beforeAll(async () => {
  build = await checkWith((plan) => {
    mkdirSync(join(plan, 'status'), { recursive: true });
    BAD_DATES.forEach((date, index) =>
      writeFileSync(join(plan, `status/date-${index}.yaml`), FIXTURE.replace(/^date: .*$/mu, `date: ${date}`)),
    );
    BAD_SOURCES.forEach((source, index) =>
      writeFileSync(join(plan, `status/source-${index}.yaml`), FIXTURE.replace(/^source: .*$/mu, `source: "${source}"`)),
    );
    writeFileSync(join(plan, 'status/emptied.yaml'), '# emptied by mistake\n');
  });
});

describe('the content sync with bad status updates', () => {
  it('stops', () => {
    expect(build.status).not.toBe(0);
  });

  it('refuses an empty file with the others, naming it', () => {
    expect(build.output).toContain('status/emptied.yaml: `file`: the file is empty');
  });

  it.each(BAD_DATES.map((date, index) => [date, index]))('refuses the date %s, naming the file and the field', (_date, index) => {
    expect(build.output).toMatch(new RegExp(`status/date-${index}\\.yaml: date: a date is a real calendar date written YYYY-MM-DD`, 'u'));
  });

  it.each(BAD_SOURCES.map((source, index) => [source, index]))('refuses the source %s, which would become a link', (_source, index) => {
    expect(build.output).toMatch(
      new RegExp(`status/source-${index}\\.yaml: source: a link is a full https:// \\(or http://\\) address`, 'u'),
    );
  });
});
