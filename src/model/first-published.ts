/**
 * The date a feed item about a plan's page carries: the article's own date where its text states one, otherwise the
 * day this site first published the plan's pages (content/<plan>/first-published.yaml), labelled as such. Never an
 * invented date: a plan with neither stops the build, naming the file to write.
 */
import { getCollection } from 'astro:content';
import { NOT_STATED } from '#src/schemas/structure.ts';
import { isPlainDate, type PlainDate } from '#src/schemas/plain-date.ts';
import type { Plan } from './plan.ts';

export interface PlanDate {
  date: PlainDate;
  /** `article`: the article states it; `site`: the day this site first published the page. */
  from: 'article' | 'site';
}

/** “2026年1月8日” or “2026-01-08” as a plain date; undefined for any other wording. */
export function articleDate(printed: string | undefined): PlainDate | undefined {
  if (printed === undefined || printed === NOT_STATED) return undefined;
  const match = /^(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|-(\d{2})-(\d{2}))$/u.exec(printed.trim());
  if (!match) return undefined;
  const [year, month, day] = [match[1], match[2] ?? match[4], match[3] ?? match[5]];
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isPlainDate(date) ? date : undefined;
}

export async function planDate(plan: Plan): Promise<PlanDate> {
  const stated = articleDate(plan.zh.source?.date);
  if (stated) return { date: stated, from: 'article' };
  const entry = (await getCollection('firstPublished')).find(({ id }) => id === `${plan.slug}/first-published`);
  if (!entry) {
    throw new Error(
      `content/${plan.slug}/first-published.yaml: \`date\`: missing; the article states no date, so write the day this site first publishes the plan's pages (YYYY-MM-DD)`,
    );
  }
  return { date: entry.data.date, from: 'site' };
}
