/** Pure helpers for the public corrections log (content/corrections.yaml). */
import type { Locale } from '#src/i18n/locales.ts';
import type { PlainDate } from '#src/schemas/plain-date.ts';

export interface CorrectionEntry {
  id: string;
  date: PlainDate;
  pages: string[];
  versions: Locale[];
}

/** Newest first; entries of the same day by id, so the order never depends on how the file was loaded. */
export function newestFirst<T extends CorrectionEntry>(entries: T[]): T[] {
  // YYYY-MM-DD sorts as text.
  return [...entries].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/** The corrections of one language version of one page, newest first. */
export function correctionsOf<T extends CorrectionEntry>(entries: T[], page: string, locale: Locale): T[] {
  return newestFirst(entries.filter((entry) => entry.pages.includes(page) && entry.versions.includes(locale)));
}

/** Problems as “file (id): `field`: what is wrong”: duplicate ids, pages the site does not have, dates after `today`. */
export function checkCorrections(file: string, entries: CorrectionEntry[], knownPages: Set<string>, today: PlainDate): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    const at = `${file} (${entry.id})`;
    if (seen.has(entry.id)) problems.push(`${at}: \`id\`: duplicate correction id “${entry.id}”`);
    seen.add(entry.id);
    for (const page of entry.pages) {
      if (!knownPages.has(page)) problems.push(`${at}: \`pages\`: no page “${page}”`);
    }
    if (entry.date > today) problems.push(`${at}: \`date\`: ${entry.date} is in the future`);
  }
  return problems;
}
