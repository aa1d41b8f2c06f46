/** Dates stay plain calendar dates; only web addresses become links. */
import { describe, expect, it } from 'vitest';
import { isPlainDate } from '#src/schemas/plain-date.ts';
import { plainDate, webUrl } from '#src/schemas/fields.ts';

describe('plain dates', () => {
  it.each(['2026-03-31', '2024-02-29', '2000-02-29', '2030-12-01'])('accepts %s', (text) => {
    expect(isPlainDate(text)).toBe(true);
    expect(plainDate().parse(text)).toBe(text);
  });

  it.each<[unknown, string]>([
    ['20260331', 'no hyphens'],
    [20260331, 'a number'],
    ['2026-02-30', 'no such day'],
    ['2025-02-29', 'not a leap year'],
    ['1900-02-29', 'not a leap year (century)'],
    ['2026-3-5', 'month and day not two digits'],
    ['2026-13-01', 'no such month'],
    ['2026-04-31', 'April has 30 days'],
    ['2026-03-31T00:00:00Z', 'a time'],
    [new Date('2026-03-31'), 'a Date object'],
  ])('refuses %s (%s)', (value) => {
    expect(isPlainDate(value)).toBe(false);
    expect(plainDate().safeParse(value).success).toBe(false);
  });
});

describe('web URLs', () => {
  it.each(['https://example.org/a?b=c', 'http://example.org/'])('accepts %s', (url) => {
    expect(webUrl().parse(url)).toBe(url);
  });

  it.each([
    'javascript:alert(document.domain)',
    'JavaScript:alert(1)',
    'data:text/html,<b>x</b>',
    'vbscript:x',
    'ftp://example.org/',
    '//example.org/',
    'example.org',
  ])('refuses %s', (url) => {
    const result = webUrl().safeParse(url);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe('a link is a full https:// (or http://) address');
  });
});
