/**
 * The checks `npm run status -- add` makes before it writes a status update. Pure: ids, existing
 * updates and today's date come in; problems (each naming what is wrong) or the update go out.
 */
import leven from 'leven';
import { webUrl } from '#src/schemas/fields.ts';
import { STATUSES, type Status } from '#src/schemas/status.ts';
import { isPlainDate } from '#src/schemas/plain-date.ts';

export interface UpdateInput {
  commitment: string;
  status?: string;
  date?: string;
  source?: string;
  /** The note on what the source says, in each language. */
  note?: { zh?: string; en?: string };
}

/** An update as written to content/<plan>/status/, dates as YYYY-MM-DD. */
export interface UpdateRecord {
  commitment: string;
  date: string;
  status: Status;
  source: string;
  note: { zh: string; en: string };
  /** When the update was entered (an ISO instant): it orders updates of one commitment on one day. */
  recorded?: string;
}

export interface Context {
  ids: readonly string[];
  /** The updates on file; `file` names one in a refusal. */
  existing: readonly { commitment: string; date: string; status: string; file?: string }[];
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
  return isPlainDate(text);
}

export function unknownIdMessage(id: string, ids: readonly string[]): string {
  const near = nearestIds(id, ids);
  return `unknown commitment id “${id}”; ${near.length > 0 ? `nearest: ${near.join(', ')}` : 'no known id is near it'}`;
}

/** One broken rule: the field it concerns (`file` for the update as a whole) and what is wrong, without the flag. */
export interface UpdateProblem {
  field: Exclude<keyof UpdateInput, 'note'> | 'note.zh' | 'note.en' | 'file';
  message: string;
}

/** The command-line flag of each field, for the CLI's messages. */
const FLAGS: Partial<Record<UpdateProblem['field'], string>> = {
  status: '--status',
  date: '--date',
  source: '--source',
  'note.zh': '--note-zh',
  'note.en': '--note-en',
};

/**
 * Every rule a status update must meet, for the CLI before it writes and for the build on every file (src/checks/status-files.ts).
 * Without `ids` the commitment id is not checked (the build checks it against the plan's commitments).
 */
export function updateProblems(input: UpdateInput, context: Omit<Context, 'ids'> & { ids?: readonly string[] }): UpdateProblem[] {
  const problems: UpdateProblem[] = [];
  const add = (field: UpdateProblem['field'], message: string) => problems.push({ field, message });
  if (context.ids && !context.ids.includes(input.commitment)) add('commitment', unknownIdMessage(input.commitment, context.ids));

  if (input.status === undefined) add('status', `is missing (one of ${STATUSES.join(', ')})`);
  else if (!(STATUSES as readonly string[]).includes(input.status))
    add('status', `“${input.status}” is not on the scale: ${STATUSES.join(', ')}`);

  if (input.date === undefined) add('date', 'is missing (YYYY-MM-DD, the date of the source)');
  else if (!isRealDate(input.date)) add('date', `“${input.date}” is not a real date written YYYY-MM-DD`);
  else if (input.date > context.today)
    add('date', `${input.date} is in the future (today is ${context.today} in ${context.timeZone}, the plan's time zone)`);

  // The build's own link rule (src/schemas/fields.ts), so the CLI accepts exactly what the build publishes.
  if (input.source === undefined) add('source', 'is missing (the https:// or http:// address of a public source)');
  else {
    const checked = webUrl().safeParse(input.source);
    if (!checked.success) for (const issue of checked.error.issues) add('source', `“${input.source}”: ${issue.message}`);
  }

  for (const language of ['zh', 'en'] as const) {
    const note = input.note?.[language];
    if (note === undefined || note.trim() === '') add(`note.${language}`, 'is empty: say in one sentence what the source shows');
  }

  const duplicate = context.existing.find(
    (update) => update.commitment === input.commitment && update.date === input.date && update.status === input.status,
  );
  if (duplicate)
    add(
      'file',
      `an update of “${input.commitment}” on ${input.date} with status ${input.status} already exists${duplicate.file ? ` (${duplicate.file})` : ''}`,
    );
  return problems;
}

export function checkUpdate(input: UpdateInput, context: Context): { problems: string[]; update?: UpdateRecord } {
  const problems = updateProblems(input, context).map(({ field, message }) => (FLAGS[field] ? `${FLAGS[field]} ${message}` : message));
  if (problems.length > 0) return { problems };
  return {
    problems,
    update: {
      commitment: input.commitment,
      date: input.date!,
      status: input.status as Status,
      source: input.source!,
      note: { zh: input.note!.zh!.trim(), en: input.note!.en!.trim() },
    },
  };
}

/** The file name of an update: one commitment, date and status per file. */
export const updateFileName = (update: Pick<UpdateRecord, 'commitment' | 'date' | 'status'>) =>
  `${update.commitment}-${update.date}-${update.status}.yaml`;
