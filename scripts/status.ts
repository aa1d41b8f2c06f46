/**
 * `npm run status -- add <commitment-id> --status <s> --date YYYY-MM-DD --source <URL> --note-zh "…" --note-en "…"`
 *   writes one checked status file to content/<plan>/status/, or refuses, naming each problem, and writes nothing.
 * `npm run status -- list <commitment-id>` prints the commitment's dated history.
 * `npm run status -- review <commitment-id>|--plan <plan> --date YYYY-MM-DD` records a status review (scripts/status/review.ts).
 * CONTENT_DIR overrides the content folder (the tests use a copy).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { statusUpdateSchema } from '#src/schemas/status.ts';
import { parseYamlEntry } from '#src/loaders/yaml-content.ts';
import { readUtf8File } from '#src/loaders/utf8-text.ts';
import { DEFAULT_TIME_ZONE } from '#src/schemas/structure.ts';
import { planTimeZone } from '#src/loaders/plan-time-zone.ts';
import { byEntryOrder } from '#src/model/status-order.ts';
import { writeFilesAtomically } from './lib/atomic-write.ts';
import { checkUpdate, todayIn, unknownIdMessage, updateFileName, type UpdateRecord } from './status/check-update.ts';
import { review, REVIEW_USAGE } from './status/review.ts';

// The plan whose commitments the command edits; a second plan would add a --plan option.
const PLAN = 'eight-roads';
const planDir = join(process.env.CONTENT_DIR ?? 'content', PLAN);
const statusDir = join(planDir, 'status');

const USAGE = `usage:
  npm run status -- add <commitment-id> --status <announced|in-progress|completed|unclear> --date YYYY-MM-DD --source <https:// or http:// URL> --note-zh "…" --note-en "…"
  npm run status -- list <commitment-id>
${REVIEW_USAGE}
  npm run status -- --help`;
const HELP = `${USAGE}

add   writes content/${PLAN}/status/<id>-<date>-<status>.yaml, checked with the build's own schema, or refuses,
      naming every problem, and writes nothing. The date is the source's, not later than today in the plan's
      time zone (structure.yaml's timeZone, default ${DEFAULT_TIME_ZONE}).
list  prints the commitment's dated history and its current status.
review  writes content/<plan>/reviews/<date>.yaml: the day the statuses were checked against sources (not later than
      today in the plan's time zone), or refuses, naming every problem, and writes nothing.`;

/** A failure of a command that only reads: it says what is wrong, and nothing about writing. */
class ReadError extends Error {}

function refuse(problems: string[]): never {
  console.error(`status: refused, nothing written:\n  - ${problems.join('\n  - ')}`);
  process.exit(1);
}

function commitmentIds(): string[] {
  return (parse(readFileSync(join(planDir, 'commitments.yaml'), 'utf8')) as { id: string }[]).map((entry) => entry.id);
}

/** Every update on file, with its date as YYYY-MM-DD whatever way the YAML wrote it. */
function existingUpdates(): (UpdateRecord & { file: string })[] {
  if (!existsSync(statusDir)) return [];
  return readdirSync(statusDir)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => {
      // Read as the build reads it: a broken, empty or non-UTF-8 file is refused with its name.
      const path = join(statusDir, file);
      const data = parseYamlEntry(readUtf8File(path, path), path) as Omit<UpdateRecord, 'date'> & { date: string | Date };
      const date = data.date instanceof Date ? data.date.toISOString().slice(0, 10) : String(data.date);
      return { ...data, date, file };
    });
}

function add(id: string, args: string[]): void {
  const { values } = parseArgs({
    args,
    options: {
      status: { type: 'string' },
      date: { type: 'string' },
      source: { type: 'string' },
      'note-zh': { type: 'string' },
      'note-en': { type: 'string' },
    },
    strict: true,
  });
  const timeZone = planTimeZone(planDir);
  const { problems, update } = checkUpdate(
    {
      commitment: id,
      status: values.status,
      date: values.date,
      source: values.source,
      note: { zh: values['note-zh'], en: values['note-en'] },
    },
    { ids: commitmentIds(), existing: existingUpdates(), today: todayIn(timeZone), timeZone },
  );
  if (!update) refuse(problems);
  // The moment of entry orders this update after any earlier one of the same day.
  update.recorded = new Date().toISOString();
  // The same schema the build uses: a file this command writes always loads (its source's host in ASCII form).
  const checked = statusUpdateSchema().safeParse(update);
  if (!checked.success) refuse(checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  const file = join(statusDir, updateFileName(update));
  if (existsSync(file)) refuse([`${file} already exists`]);
  // YAML would quote a date-like string; write the date bare so the file reads like the README's example.
  const yaml = stringify(checked.data, { lineWidth: 0 }).replace(/^date: "?(\d{4}-\d{2}-\d{2})"?$/mu, 'date: $1');
  const text = `# Status update written by \`npm run status -- add\`. See README.md in this folder.\n${yaml}`;
  try {
    writeFilesAtomically([{ path: file, text, exclusive: true }]);
  } catch (error) {
    // Nothing is in place: the file is written beside its name and renamed only once complete.
    refuse([`could not write ${file}: ${error instanceof Error ? error.message : String(error)}`]);
  }
  console.log(`status: wrote ${file}`);
}

function list(id: string): void {
  const ids = commitmentIds();
  if (!ids.includes(id)) throw new ReadError(unknownIdMessage(id, ids));
  const updates = existingUpdates()
    .filter((update) => update.commitment === id)
    .sort(byEntryOrder);
  console.log(`${id}`);
  console.log('  (undated)   announced     source: the newspaper report');
  for (const update of updates) {
    console.log(`  ${update.date}  ${update.status.padEnd(12)}  source: ${update.source}`);
    console.log(`              ${update.note.zh}`);
    console.log(`              ${update.note.en}`);
  }
  console.log(`current status: ${updates.at(-1)?.status ?? 'announced'}`);
}

const [command, id, ...rest] = process.argv.slice(2);
if (command === '--help' || command === '-h' || command === 'help') {
  console.log(HELP);
  process.exit(0);
}
if (command === 'review') {
  try {
    const result = review(process.argv.slice(3), {
      contentDir: process.env.CONTENT_DIR ?? 'content',
      defaultPlan: PLAN,
      todayOf: (planDir) => todayIn(planTimeZone(planDir)),
    });
    if (result.problems.length > 0) refuse(result.problems);
    console.log(`status: wrote ${result.file}`);
    process.exit(0);
  } catch (error) {
    refuse([error instanceof Error ? error.message : String(error), USAGE]);
  }
}
if ((command !== 'add' && command !== 'list') || id === undefined || id.startsWith('--')) {
  console.error(USAGE);
  process.exit(2);
}
try {
  if (command === 'add') add(id, rest);
  else list(id);
} catch (error) {
  // A read (list, or add before it writes) that fails says what is wrong, not that it refused to write.
  if (error instanceof ReadError || command === 'list') {
    console.error(`status ${command}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  // parseArgs rejects unknown or valueless options: show which, and the usage.
  refuse([error instanceof Error ? error.message : String(error), USAGE]);
}
