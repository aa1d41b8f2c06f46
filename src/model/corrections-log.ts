/** Pure helpers for the public corrections log (content/corrections.yaml). */
import type { Locale } from '#src/i18n/locales.ts';

export interface CorrectionEntry {
  id: string;
  date: Date;
  pages: string[];
  versions: Locale[];
}

/** Newest first; entries of the same day by id, so the order never depends on how the file was loaded. */
export function newestFirst<T extends CorrectionEntry>(entries: T[]): T[] {
  return [...entries].sort((a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id));
}

/** The corrections of one language version of one page, newest first. */
export function correctionsOf<T extends CorrectionEntry>(entries: T[], page: string, locale: Locale): T[] {
  return newestFirst(entries.filter((entry) => entry.pages.includes(page) && entry.versions.includes(locale)));
}

/** Problems as “file (id): `field`: what is wrong”: duplicate ids, pages the site does not have, dates in the future. */
export function checkCorrections(file: string, entries: CorrectionEntry[], knownPages: Set<string>, today: Date): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    const at = `${file} (${entry.id})`;
    if (seen.has(entry.id)) problems.push(`${at}: \`id\`: duplicate correction id “${entry.id}”`);
    seen.add(entry.id);
    for (const page of entry.pages) {
      if (!knownPages.has(page)) problems.push(`${at}: \`pages\`: no page “${page}”`);
    }
    if (entry.date.getTime() > today.getTime()) problems.push(`${at}: \`date\`: ${isoDate(entry.date)} is in the future`);
  }
  return problems;
}

/** YYYY-MM-DD, for `<time datetime>` and feeds. */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);
