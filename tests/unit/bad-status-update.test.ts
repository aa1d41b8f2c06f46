/**
 * A bad status update stops `astro build` with a message naming the file and the field: dates that are not real
 * calendar dates in YYYY-MM-DD, and sources that would become a link but are no http(s) address.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWith } from './bad-content.ts';

describe('astro build with a bad status update', () => {
  const withStatusUpdate = (change: (text: string) => string) =>
    buildWith((plan) => {
      mkdirSync(join(plan, 'status'), { recursive: true });
      writeFileSync(join(plan, 'status/update.yaml'), change(readFileSync('tests/fixtures/status-update.yaml', 'utf8')));
    });

  it.each(['20260331', '2026-02-30', '2026-3-5', '"2026-03-31T12:00:00+08:00"'])(
    'refuses the date %s, naming the file and the field',
    (date) => {
      const { status, output } = withStatusUpdate((text) => text.replace(/^date: .*$/mu, `date: ${date}`));
      expect(status).not.toBe(0);
      expect(output).toContain('status/update.yaml');
      expect(output).toMatch(/date: a date is a real calendar date written YYYY-MM-DD/u);
    },
  );

  it.each(['javascript:alert(document.domain)', 'data:text/html,hello'])('refuses the source %s, which would become a link', (source) => {
    const { status, output } = withStatusUpdate((text) => text.replace(/^source: .*$/mu, `source: "${source}"`));
    expect(status).not.toBe(0);
    expect(output).toContain('status/update.yaml');
    expect(output).toMatch(/source: a link is a full https:\/\/ \(or http:\/\/\) address/u);
  });
});
