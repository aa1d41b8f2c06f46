/**
 * The checks `npm run status -- review` makes before it records a status review, with the same refusals as `add`
 * where they apply. Pure: the plan's ids, its updates, the reviews on file and today come in; problems (each naming
 * what is wrong) or the review to write go out.
 */
import { isRealDate, unknownIdMessage } from './check-update.ts';

export interface ReviewInput {
  /** One commitment's id, or undefined with `plan`. */
  id?: string;
  /** A whole plan's slug, or undefined with `id`. */
  plan?: string;
  date?: string;
}

export interface ReviewContext {
  /** Plan folders under content/. */
  plans: readonly string[];
  /** The reviewed plan's commitment ids. */
  ids: readonly string[];
  /** The reviewed plan's status updates. */
  updates: readonly { commitment: string; date: string }[];
  /** Ids already recorded as reviewed on the review's date. */
  reviewedThatDay: readonly string[];
  /** Today as YYYY-MM-DD: a review cannot be dated later. */
  today: string;
}

export function checkReview(input: ReviewInput, context: ReviewContext): { problems: string[]; ids?: string[] } {
  const problems: string[] = [];
  if ((input.id === undefined) === (input.plan === undefined))
    problems.push('name one commitment id or --plan <plan>, not both and not neither');
  if (input.plan !== undefined && !context.plans.includes(input.plan))
    problems.push(`--plan “${input.plan}” is not a plan folder (content/<plan>/zh/plan.yaml); plans: ${context.plans.join(', ')}`);
  if (input.id !== undefined && !context.ids.includes(input.id)) problems.push(unknownIdMessage(input.id, context.ids));

  if (input.date === undefined) problems.push('--date is missing (YYYY-MM-DD, the day the statuses were checked against sources)');
  else if (!isRealDate(input.date)) problems.push(`--date “${input.date}” is not a real date written YYYY-MM-DD`);
  else if (input.date > context.today) problems.push(`--date ${input.date} is in the future (today is ${context.today})`);
  if (problems.length > 0) return { problems };

  const ids = input.id !== undefined ? [input.id] : [...context.ids];
  // The page would call a status set by a later source “checked” on an earlier day.
  for (const id of ids) {
    const later = context.updates.filter((update) => update.commitment === id && update.date > input.date!).map((update) => update.date);
    if (later.length > 0)
      problems.push(`“${id}” has a status update dated ${later.sort().at(-1)}, after --date ${input.date}; review on or after that day`);
  }
  const fresh = ids.filter((id) => !context.reviewedThatDay.includes(id));
  if (fresh.length === 0)
    problems.push(
      input.id !== undefined
        ? `a review of “${input.id}” on ${input.date} is already recorded`
        : `a review of every commitment of “${input.plan}” on ${input.date} is already recorded`,
    );
  if (problems.length > 0) return { problems };
  return { problems, ids: fresh };
}
