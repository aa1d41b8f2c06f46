/** The entries of the status-update feed: every update of every commitment, newest first. Pure. */
interface WithUpdates {
  id: string;
  updates: readonly { date: string; status: string }[];
}

export interface FeedEntry<C extends WithUpdates> {
  commitment: C;
  update: C['updates'][number];
}

export function statusFeedEntries<C extends WithUpdates>(commitments: readonly C[]): FeedEntry<C>[] {
  return commitments
    .flatMap((commitment) => commitment.updates.map((update): FeedEntry<C> => ({ commitment, update })))
    .sort((a, b) => b.update.date.localeCompare(a.update.date) || a.commitment.id.localeCompare(b.commitment.id));
}

/** A stable id for an update, unique on any page: its commitment, date and status (the CLI refuses a second update with all three equal). */
export const updateKey = (commitmentId: string, update: { date: string; status: string }) =>
  `${commitmentId}-${update.date}-${update.status}`;
