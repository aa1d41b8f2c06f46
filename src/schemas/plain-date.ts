/**
 * A calendar date without a time zone, kept as the YYYY-MM-DD text it was written as, from the
 * content file to the page: no Date object, so no time zone can shift it by a day.
 */
import { z } from 'astro/zod';

declare const plainDateBrand: unique symbol;
/** A real calendar date written YYYY-MM-DD; strings of this form sort in date order. */
export type PlainDate = string & { readonly [plainDateBrand]: true };

/** Zod's ISO date: YYYY-MM-DD with a real month and day (leap years included), nothing else. */
const ISO_DATE = z.iso.date();

/** True for a real date in YYYY-MM-DD form: 2026-03-31 yes; 20260331, 2026-3-5, 2026-02-30 no. */
export function isPlainDate(text: unknown): text is PlainDate {
  return ISO_DATE.safeParse(text).success;
}

/** The start of the day in UTC, for formats that insist on an instant (an RSS pubDate); pages show the plain date. */
export function startOfDayUtc(date: PlainDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** Today in UTC as a plain date, the day against which “not in the future” is checked. */
export function todayUtc(now = new Date()): PlainDate {
  return now.toISOString().slice(0, 10) as PlainDate;
}
