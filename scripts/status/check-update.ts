/**
 * The checks `npm run status -- add` makes before it writes a status update. Pure: ids, existing
 * updates and today's date come in; problems (each naming what is wrong) or the update go out.
 */
import leven from 'leven';
import { webUrl } from '#src/schemas/fields.ts';
import { STATUSES, type Status } from '#src/schemas/status.ts';

export interface UpdateInput {
  commitment: string;
  status?: string;
  date?: string;
  source?: string;
  noteZh?: string;
  noteEn?: string;
}

/** An update as written to content/<plan>/status/, dates as YYYY-MM-DD. */
export interface UpdateRecord {
  commitment: string;
  date: string;
  status: Status;
  source: string;
  noteZh: string;
  noteEn: string;
}

export interface Context {
  ids: readonly string[];
  existing: readonly { commitment: string; date: string; status: string }[];
  /** Today as YYYY-MM-DD in the plan's time zone: a source cannot be dated later. */
  today: string;
  /** The plan's time zone, named when a date is refused as in the future. */
  timeZone: string;
}

/** The date it is now in `timeZone`, as YYYY-MM-DD (the status of a plan issued in Beijing is dated in Beijing). */
export function todayIn(timeZone: string, now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** How many edits away an id may be to count as near: a typo or two, more for a longer id. */
const nearLimit = (id: string) => Math.max(2, Math.ceil(id.length / 4));

/**
 * Up to three known ids that look like `id`: ids containing it or contained in it first, then those within a few
 * edits, closest first. Empty when none is near: a guess that shares nothing with the typed id helps no one.
 */
export function nearestIds(id: string, ids: readonly string[], count = 3): string[] {
  const containing = ids.filter((candidate) => candidate.includes(id) || id.includes(candidate));
  const close = ids
    .filter((candidate) => !containing.includes(candidate))
    .map((candidate) => ({ candidate, distance: leven(id, candidate) }))
    .filter(({ distance }) => distance <= nearLimit(id))
    .sort((a, b) => a.distance - b.distance)
    .map(({ candidate }) => candidate);
  return [...containing, ...close].slice(0, count);
}

/** Whether `text` is a real calendar date written YYYY-MM-DD (2026-02-30 is not). */
export function isRealDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

export function unknownIdMessage(id: string, ids: readonly string[]): string {
  const near = nearestIds(id, ids);
  return `unknown commitment id “${id}”; ${near.length > 0 ? `nearest: ${near.join(', ')}` : 'no known id is near it'}`;
}

export function checkUpdate(input: UpdateInput, context: Context): { problems: string[]; update?: UpdateRecord } {
  const problems: string[] = [];
  if (!context.ids.includes(input.commitment)) problems.push(unknownIdMessage(input.commitment, context.ids));

  if (input.status === undefined) problems.push(`--status is missing (one of ${STATUSES.join(', ')})`);
  else if (!(STATUSES as readonly string[]).includes(input.status))
    problems.push(`--status “${input.status}” is not on the scale: ${STATUSES.join(', ')}`);

  if (input.date === undefined) problems.push('--date is missing (YYYY-MM-DD, the date of the source)');
  else if (!isRealDate(input.date)) problems.push(`--date “${input.date}” is not a real date written YYYY-MM-DD`);
  else if (input.date > context.today)
    problems.push(`--date ${input.date} is in the future (today is ${context.today} in ${context.timeZone}, the plan's time zone)`);

  // The build's own link rule (src/schemas/fields.ts), so the CLI accepts exactly what the build publishes.
  if (input.source === undefined) problems.push('--source is missing (the https:// or http:// address of a public source)');
  else {
    const checked = webUrl().safeParse(input.source);
    if (!checked.success) for (const issue of checked.error.issues) problems.push(`--source “${input.source}”: ${issue.message}`);
  }

  for (const [flag, note] of [
    ['--note-zh', input.noteZh],
    ['--note-en', input.noteEn],
  ] as const) {
    if (note === undefined || note.trim() === '') problems.push(`${flag} is empty: say in one sentence what the source shows`);
  }

  const duplicate = context.existing.find(
    (update) => update.commitment === input.commitment && update.date === input.date && update.status === input.status,
  );
  if (duplicate) problems.push(`an update of “${input.commitment}” on ${input.date} with status ${input.status} already exists`);

  if (problems.length > 0) return { problems };
  return {
    problems,
    update: {
      commitment: input.commitment,
      date: input.date!,
      status: input.status as Status,
      source: input.source!,
      noteZh: input.noteZh!.trim(),
      noteEn: input.noteEn!.trim(),
    },
  };
}

/** The file name of an update: one commitment, date and status per file. */
export const updateFileName = (update: Pick<UpdateRecord, 'commitment' | 'date' | 'status'>) =>
  `${update.commitment}-${update.date}-${update.status}.yaml`;
