/**
 * Status reviews: the days an editor checked commitments' statuses against sources (content/<plan>/reviews/).
 * Pure, so the “as of” date and its checks are tested without a build. Nothing is inferred: a commitment in no review
 * has none.
 */
import type { PlainDate } from '#src/schemas/plain-date.ts';

export interface ReviewRecord {
  date: PlainDate;
  commitments: readonly string[];
  /** The file it came from, for messages. */
  file: string;
}

/** The latest review date of each reviewed commitment. */
export function latestReviews(reviews: readonly ReviewRecord[]): Map<string, PlainDate> {
  const latest = new Map<string, PlainDate>();
  for (const review of reviews) {
    for (const id of review.commitments) {
      const known = latest.get(id);
      if (known === undefined || review.date > known) latest.set(id, review.date); // YYYY-MM-DD sorts as text
    }
  }
  return latest;
}

/** Each review names commitments the plan has, each once. Returns problems as “file: `commitments`: what is wrong”. */
export function reviewProblems(reviews: readonly ReviewRecord[], ids: readonly string[]): string[] {
  const known = new Set(ids);
  return reviews.flatMap((review) => {
    const unknown = review.commitments.filter((id) => !known.has(id));
    const repeated = review.commitments.filter((id, index) => review.commitments.indexOf(id) !== index);
    return [
      ...unknown.map((id) => `${review.file}: \`commitments\`: no commitment “${id}” in this plan`),
      ...[...new Set(repeated)].map((id) => `${review.file}: \`commitments\`: “${id}” is listed twice`),
    ];
  });
}

/** The oldest and newest latest-review dates over `commitments`, and how many have none; for the overview. */
export function reviewRange(commitments: readonly { reviewed?: PlainDate }[]): {
  oldest?: PlainDate;
  newest?: PlainDate;
  unreviewed: number;
} {
  const dates = commitments.flatMap((commitment) => (commitment.reviewed ? [commitment.reviewed] : [])).sort();
  return { oldest: dates[0], newest: dates.at(-1), unreviewed: commitments.length - dates.length };
}
