/** The entries of the status-update feed: every update of every commitment, newest first (`updates` come oldest first). Pure. */
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
    .flatMap((commitment) => commitment.updates.map((update, index) => ({ entry: { commitment, update }, index })))
    .sort(
      (a, b) =>
        b.entry.update.date.localeCompare(a.entry.update.date) ||
        a.entry.commitment.id.localeCompare(b.entry.commitment.id) ||
        // A commitment's updates come oldest first: of one day, the later entry leads.
        b.index - a.index,
    )
    .map(({ entry }) => entry);
}

/** A stable id for an update, unique on any page: its commitment, date and status (the CLI refuses a second update with all three equal). */
export const updateKey = (commitmentId: string, update: { date: string; status: string }) =>
  `${commitmentId}-${update.date}-${update.status}`;
