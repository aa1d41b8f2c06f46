/** The entries of the status-update feed: every update of every commitment, newest first. Pure. */
export interface FeedEntry<C, U> {
  commitment: C;
  update: U;
}

export function statusFeedEntries<U extends { date: Date; status: string }, C extends { id: string; updates: readonly U[] }>(
  commitments: readonly C[],
): FeedEntry<C, U>[] {
  return commitments
    .flatMap((commitment) => commitment.updates.map((update) => ({ commitment, update })))
    .sort((a, b) => b.update.date.getTime() - a.update.date.getTime() || a.commitment.id.localeCompare(b.commitment.id));
}

/** A stable id for an update, unique on any page: its commitment, date and status (the CLI refuses a second update with all three equal). */
export const updateKey = (commitmentId: string, update: { date: Date; status: string }) =>
  `${commitmentId}-${update.date.toISOString().slice(0, 10)}-${update.status}`;
