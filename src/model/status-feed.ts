/** The entries of the status feeds: every update of a plan's commitments, newest first (`updates` come oldest first), and what a followed page's feed lists. Pure. */
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

/** What a followed page's feed (a commitment, a road, a place) lists: each entry dated, newest first. */
export type FollowEntry<C extends WithUpdates> =
  | {
      kind: 'published';
      date: string;
      /** `site`: the day this site first published the page; the article states no date. */
      from: 'article' | 'site';
      /** The plan whose text was published. */
      plan: string;
    }
  | { kind: 'update'; date: string; commitment: C; update: C['updates'][number] }
  | { kind: 'review'; date: string; commitment: C }
  | { kind: 'correction'; date: string; correction: { id: string } };

export interface FollowInput<C extends WithUpdates & { reviewed?: string }> {
  /** The commitments the page follows: one on a commitment's page, all it states on a road's or place's. */
  commitments: readonly C[];
  /** When the plans the page quotes were published, one each: the article's date, or the day this site first published it. */
  published: readonly { date: string; from: 'article' | 'site'; plan: string }[];
  /** The corrections of the texts the page shows, each with its day as YYYY-MM-DD. */
  corrections: readonly { id: string; date: string }[];
}

/**
 * The entries of a followed page's feed, newest first: its publication, its commitments' status updates, the latest
 * review of each, and corrections of its texts. Same-day entries keep that order reversed (a correction above the
 * review above the update), so the newest news of a day comes first.
 */
export function followEntries<C extends WithUpdates & { reviewed?: string }>({
  commitments,
  published,
  corrections,
}: FollowInput<C>): FollowEntry<C>[] {
  const entries: FollowEntry<C>[] = [
    ...published.map((each): FollowEntry<C> => ({ kind: 'published', ...each })),
    ...commitments.flatMap((commitment) =>
      commitment.updates.map((update): FollowEntry<C> => ({ kind: 'update', date: update.date, commitment, update })),
    ),
    ...commitments.flatMap((commitment): FollowEntry<C>[] =>
      commitment.reviewed ? [{ kind: 'review', date: commitment.reviewed, commitment }] : [],
    ),
    ...corrections.map((correction): FollowEntry<C> => ({ kind: 'correction', date: correction.date, correction })),
  ];
  const rank = { published: 0, update: 1, review: 2, correction: 3 } as const;
  return entries.sort((a, b) => b.date.localeCompare(a.date) || rank[b.kind] - rank[a.kind]);
}

/** The corrections that touch any of `pages` (locale-free paths), with their day as YYYY-MM-DD. */
export function correctionsOf<T extends { id: string; date: string; pages: readonly string[] }>(
  corrections: readonly T[],
  pages: readonly string[],
): (T & { day: string })[] {
  return corrections
    .filter((correction) => correction.pages.some((page) => pages.includes(page)))
    .map((correction) => ({ ...correction, day: correction.date }));
}
