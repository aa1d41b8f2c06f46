/** The corrections log helpers, the report link and the SITE_CONTACT reader. */
import { describe, expect, it } from 'vitest';
import { checkCorrections, correctionsOf, newestFirst } from '#src/model/corrections-log.ts';
import { reportMailto } from '#src/model/report-link.ts';
import { siteContact } from '#src/model/contact.ts';
import type { PlainDate } from '#src/schemas/plain-date.ts';

const entry = (id: string, date: string, pages: string[], versions: ('zh' | 'en')[] = ['en']) => ({
  id,
  date: date as PlainDate,
  pages,
  versions,
});

describe('corrections', () => {
  const entries = [
    entry('old', '2026-11-01', ['eight-roads/opening-up/']),
    entry('same-day-b', '2026-11-28', ['eight-roads/opening-up/', 'glossary/']),
    entry('same-day-a', '2026-11-28', ['glossary/'], ['zh', 'en']),
  ];

  it('lists newest first, and entries of one day by id', () => {
    expect(newestFirst(entries).map((e) => e.id)).toEqual(['same-day-a', 'same-day-b', 'old']);
  });

  it('gives a page only its own corrections, in the language versions that changed', () => {
    expect(correctionsOf(entries, 'eight-roads/opening-up/', 'en').map((e) => e.id)).toEqual(['same-day-b', 'old']);
    expect(correctionsOf(entries, 'eight-roads/opening-up/', 'zh')).toEqual([]);
    expect(correctionsOf(entries, 'glossary/', 'zh').map((e) => e.id)).toEqual(['same-day-a']);
  });

  it('names a page that does not exist, a duplicate id and a date in the future', () => {
    const known = new Set(['eight-roads/opening-up/', 'glossary/']);
    const today = '2026-11-28' as PlainDate;
    expect(checkCorrections('content/corrections.yaml', entries, known, today)).toEqual([]);
    expect(
      checkCorrections('content/corrections.yaml', [...entries, entry('old', '2026-12-01', ['eight-roads/no-such-road/'])], known, today),
    ).toEqual([
      'content/corrections.yaml (old): `id`: duplicate correction id “old”',
      'content/corrections.yaml (old): `pages`: no page “eight-roads/no-such-road/”',
      'content/corrections.yaml (old): `date`: 2026-12-01 is in the future',
    ]);
  });
});

describe('report a problem', () => {
  it('builds a mailto: link whose subject names the page URL', () => {
    expect(reportMailto('fix@example.org', 'Problem with the page https://example.org/en/glossary/?a=1&b=2')).toBe(
      'mailto:fix@example.org?subject=Problem%20with%20the%20page%20https%3A%2F%2Fexample.org%2Fen%2Fglossary%2F%3Fa%3D1%26b%3D2',
    );
  });

  it('has no address when SITE_CONTACT is unset or blank, and refuses one that is not an address', () => {
    expect(siteContact(undefined)).toBeUndefined();
    expect(siteContact('  ')).toBeUndefined();
    expect(siteContact(' fix@example.org ')).toBe('fix@example.org');
    expect(() => siteContact('fix@example.org?cc=other@example.org')).toThrow(/SITE_CONTACT: .* is not an e-mail address/u);
  });
});
