/**
 * The order of a commitment's status updates: by the date of the source, then by the moment each was entered
 * (`recorded`, written by `npm run status -- add`), so that a later update of the same day comes later. Pure.
 */
interface Ordered {
  date: string;
  recorded?: string;
  file?: string;
}

/** Oldest first; the last update is the current status. */
export function byEntryOrder(a: Ordered, b: Ordered): number {
  // YYYY-MM-DD and ISO instants in UTC sort as text.
  return a.date.localeCompare(b.date) || (a.recorded ?? '').localeCompare(b.recorded ?? '') || (a.file ?? '').localeCompare(b.file ?? '');
}
