/**
 * The public corrections log (content/corrections.yaml), checked once per build: every entry names pages
 * the site has. Also each page's title, so that the log can name the pages it links to.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '#src/i18n/locales.ts';
import { useTranslations } from '#src/i18n/translate.ts';
import { todayUtc } from '#src/schemas/plain-date.ts';
import { checkCorrections, newestFirst } from './corrections-log.ts';
import { routes } from './routes.ts';
import { getPlans } from './plan.ts';
import { getSitePage } from './site-pages.ts';
import { initiativeTitle, roadTitle } from './titles.ts';

export type Correction = CollectionEntry<'corrections'>['data'];

const FILE = 'content/corrections.yaml';

/** Every page path (without language) with its title in each language. */
async function pageTitles(locale: Locale): Promise<Map<string, string>> {
  const plans = await getPlans();
  const t = useTranslations(locale);
  return new Map<string, string>([
    [routes.home(), t('nav.home')],
    ...plans.flatMap((plan): [string, string][] => [
      [routes.fullText(plan.slug), t('nav.fullText')],
      // A plan's own commitments page: corrections of its table name it, so that they stay with that plan.
      [routes.planCommitments(plan.slug), t('nav.commitments')],
      ...plan.roads.map((road): [string, string] => [routes.road(plan.slug, road.slug), roadTitle(locale, road)]),
      ...plan.initiatives.map((initiative): [string, string] => [
        routes.initiative(plan.slug, initiative.road, initiative.slug),
        initiativeTitle(locale, initiative),
      ]),
    ]),
    [routes.glossary(), t('nav.glossary')],
    [routes.commitments(), t('nav.commitments')],
    [routes.status(), (await getSitePage(locale, 'status')).data.title],
    [routes.about(), (await getSitePage(locale, 'about')).data.title],
    [routes.search(), t('nav.search')],
    [routes.corrections(), t('corrections.title')],
  ]);
}

let cached: Promise<Correction[]> | undefined;

async function loadCorrections(): Promise<Correction[]> {
  const entries = (await getCollection('corrections')).map((entry) => entry.data);
  const known = new Set((await pageTitles('en')).keys());
  const problems = checkCorrections(FILE, entries, known, todayUtc());
  if (problems.length > 0) throw new Error(`Corrections check failed:\n  ${problems.join('\n  ')}`);
  return newestFirst(entries);
}

/** All corrections, newest first, checked once per build. */
export function getCorrections(): Promise<Correction[]> {
  cached ??= loadCorrections();
  return cached;
}

const titles = new Map<Locale, Promise<Map<string, string>>>();

/** The title of a page in a language, for links from the corrections log. */
export async function pageTitle(locale: Locale, page: string): Promise<string> {
  if (!titles.has(locale)) titles.set(locale, pageTitles(locale));
  return (await titles.get(locale)!).get(page) ?? page;
}
