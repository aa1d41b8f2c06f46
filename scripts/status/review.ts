/**
 * `npm run status -- review <commitment-id> --date YYYY-MM-DD` or `review --plan <plan> --date YYYY-MM-DD`: records that
 * an editor checked the statuses against sources that day, in content/<plan>/reviews/<date>.yaml (one file per day;
 * a second review that day adds its ids). Refuses, naming each problem, and writes nothing; writes atomically.
 */
import { existsSync, globSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { statusReviewSchema } from '#src/schemas/status.ts';
import { writeFilesAtomically } from '../lib/atomic-write.ts';
import { checkReview } from './check-review.ts';

/** A YAML date read as the YYYY-MM-DD it was written as. */
const dayOf = (date: unknown) => (date instanceof Date ? date.toISOString().slice(0, 10) : String(date));

const yamlIn = (folder: string) => (existsSync(folder) ? readdirSync(folder).filter((file) => file.endsWith('.yaml')) : []);

export const REVIEW_USAGE = `  npm run status -- review <commitment-id> --date YYYY-MM-DD
  npm run status -- review --plan <plan> --date YYYY-MM-DD`;

/** Runs the command; returns the problems that refused it (nothing written), or an empty list and the file it wrote. */
export function review(
  args: string[],
  {
    contentDir,
    defaultPlan,
    todayOf,
  }: {
    contentDir: string;
    defaultPlan: string;
    /** Today as YYYY-MM-DD in the time zone of the plan in `planDir`. */ todayOf: (planDir: string) => string;
  },
): {
  problems: string[];
  file?: string;
} {
  const { values, positionals } = parseArgs({
    args,
    options: { plan: { type: 'string' }, date: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length > 1) return { problems: [`one commitment id at a time, not ${positionals.join(' ')}`] };
  const plans = globSync('*/zh/plan.yaml', { cwd: contentDir })
    .map((path) => path.split('/')[0])
    .sort();
  const planSlug = values.plan ?? defaultPlan;
  const planDir = join(contentDir, planSlug);
  const known = plans.includes(planSlug);
  const ids = known ? (parse(readFileSync(join(planDir, 'commitments.yaml'), 'utf8')) as { id: string }[]).map((entry) => entry.id) : [];
  const updates = yamlIn(join(planDir, 'status')).map((file) => {
    const data = parse(readFileSync(join(planDir, 'status', file), 'utf8')) as { commitment: string; date: unknown };
    return { commitment: data.commitment, date: dayOf(data.date) };
  });
  const reviewsDir = join(planDir, 'reviews');
  const file = join(reviewsDir, `${values.date}.yaml`);
  const onFile =
    values.date !== undefined && existsSync(file) ? (parse(readFileSync(file, 'utf8')) as { commitments: string[] }).commitments : [];
  const { problems, ids: fresh } = checkReview(
    { id: positionals[0], plan: values.plan, date: values.date },
    { plans, ids, updates, reviewedThatDay: onFile, today: todayOf(planDir) },
  );
  if (!fresh) return { problems };
  const record = { date: values.date!, commitments: [...onFile, ...fresh] };
  // The same schema the build uses: a file this command writes always loads.
  const checked = statusReviewSchema().safeParse(record);
  if (!checked.success) return { problems: checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) };
  const text = [
    '# Status review written by `npm run status -- review`: the day an editor checked these statuses against sources.',
    `date: ${record.date}`,
    'commitments:',
    ...record.commitments.map((id) => `  - ${id}`),
    '',
  ].join('\n');
  try {
    writeFilesAtomically([{ path: file, text }]);
  } catch (error) {
    return { problems: [`could not write ${file}: ${error instanceof Error ? error.message : String(error)}`] };
  }
  return { problems: [], file };
}
