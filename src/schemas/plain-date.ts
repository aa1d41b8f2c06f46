/**
 * A calendar date without a time zone, kept as the YYYY-MM-DD text it was written as, from the
 * content file to the page: no Date object, so no time zone can shift it by a day.
 */
declare const plainDateBrand: unique symbol;
/** A real calendar date written YYYY-MM-DD; strings of this form sort in date order. */
export type PlainDate = string & { readonly [plainDateBrand]: true };

const FORM = /^(\d{4})-(\d{2})-(\d{2})$/u;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True for a real date in YYYY-MM-DD form: 2026-03-31 yes; 20260331, 2026-3-5, 2026-02-30 no. */
export function isPlainDate(text: unknown): text is PlainDate {
  if (typeof text !== 'string') return false;
  const match = FORM.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The start of the day in UTC, for formats that insist on an instant (an RSS pubDate); pages show the plain date. */
export function startOfDayUtc(date: PlainDate): Date {
  return new Date(`${date}T00:00:00Z`);
}
