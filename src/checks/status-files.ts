/**
 * The build's checks over one plan's status files, beyond the schema: the rules `npm run status -- add` applies before it
 * writes (scripts/status/check-update.ts: no date in the future, no second update with the same commitment, date and
 * status …), applied again to every file, since a file may be written by hand; and an order for updates of one day.
 * Pure: the files' updates and today's date in, problems as “file: `field`: what is wrong” out.
 */
import { updateProblems } from '#scripts/status/check-update.ts';

interface StatusFile {
  /** The file, as messages show it. */
  file: string;
  commitment: string;
  date: string;
  status: string;
  source: string;
  note: { zh: string; en: string };
  recorded?: string;
}

/** `today` is the date in the plan's `timeZone`, which a refusal names. */
export function statusFileProblems(updates: readonly StatusFile[], today: string, timeZone: string): string[] {
  const problems: string[] = [];
  for (const update of updates) {
    const existing = updates.filter((other) => other !== update);
    for (const { field, message } of updateProblems(update, { existing, today, timeZone }))
      problems.push(`${update.file}: \`${field}\`: ${message}`);
    // Two updates of one day are ordered by the moment of entry; without it the current status would be a guess.
    const sameDay = existing.filter(
      (other) => other.commitment === update.commitment && other.date === update.date && other.status !== update.status,
    );
    if (sameDay.length > 0 && (update.recorded === undefined || sameDay.some((other) => other.recorded === update.recorded)))
      problems.push(
        `${update.file}: \`recorded\`: ${sameDay.map((other) => other.file).join(', ')} updates “${update.commitment}” on the same day; ` +
          'each needs its own `recorded` moment (the CLI writes it) to tell which came later',
      );
  }
  return problems;
}
