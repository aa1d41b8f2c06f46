/**
 * The finished model of each page of a plan's text (road, initiative, commitment), built per language from the display model:
 * titles with their `lang`, description, breadcrumbs, search tags, the text view, previous/next. Routes render it;
 * they and their components decide nothing about language.
 */
import type { Locale } from '#src/i18n/locales.ts';
import { useTranslations } from '#src/i18n/translate.ts';
import { absoluteUrl, localizedPath } from '#src/i18n/urls.ts';
import { neighbours, routes } from './routes.ts';
import { siblingsOf } from './commitment-neighbours.ts';
import { commitmentHref, commitmentOwnHref, commitmentOwnPath } from './commitment-links.ts';
import { displayFor, type Passage } from './display.ts';
import type { Commitment, InitiativePage, Plan, RoadPage } from './plan.ts';
import { textView, type TextView } from './text-view.ts';
import { initiativeHeading, initiativeTitle, roadHeading, roadName, roadTitle } from './titles.ts';

export interface PageLink {
  href: string;
  label: string;
}

/** What the layout needs: head, breadcrumbs and whether the page is indexed. */
export interface PageFrame {
  /** The path without its language segment. */
  path: string;
  title: string;
  description: string;
  /** False while the page shows the original in place of a missing translation: the original's page is indexed. */
  searchable: boolean;
  breadcrumbs: { trail: PageLink[]; current: string };
}

/** The translation's summary on a translated page: shown (and whether its original has changed since), or pending. */
export type SummaryModel = { kind: 'none' } | { kind: 'summary'; text: string; stale: boolean } | { kind: 'pending' };

/** Hidden search tags: the road filter and the page type filter. */
export interface SearchTags {
  road: string;
  type: string;
}

export interface TextPageModel {
  frame: PageFrame;
  heading: Passage;
  summary: SummaryModel;
  search: SearchTags;
  view: TextView;
  /** The commitments the page's own paragraphs state: their figures link to their pages. */
  commitments: Commitment[];
  /** The address a citation gives. */
  citeUrl: string;
}

export interface RoadPageModel extends TextPageModel {
  /** The commitments of the road and all its initiatives, for the key figures. */
  keyFigures: Commitment[];
}

export interface InitiativePageModel extends TextPageModel {
  /** The road the initiative belongs to, linked. */
  road: PageLink;
  /** “Road 2, initiative 3”. */
  label: string;
  /** The original's mark before the heading (its ordinal, or ◎), where the page reads the original. */
  marker: string | undefined;
  /** “Original” or “Translation”: what the text section shows. */
  textHeading: string;
  previous?: PageLink;
  next?: PageLink;
}

function summaryOf(locale: Locale, page: { en?: { summary: string }; enPending: boolean }): SummaryModel {
  if (displayFor(locale).readsOriginal) return { kind: 'none' };
  return page.en ? { kind: 'summary', text: page.en.summary, stale: page.enPending } : { kind: 'pending' };
}

const home = (locale: Locale): PageLink => ({ label: useTranslations(locale)('nav.home'), href: localizedPath(locale, routes.home()) });

export function roadPageModel(locale: Locale, plan: Plan, road: RoadPage): RoadPageModel {
  const t = useTranslations(locale);
  const display = displayFor(locale);
  const path = routes.road(plan.slug, road.slug);
  const heading = roadHeading(locale, road);
  const name = roadName(locale, road);
  const initiatives = t('road.initiativeCount', { count: road.initiatives.length });
  return {
    frame: {
      path,
      title: `${t('road.label', { number: road.number })}: ${name}`,
      description: road.en && !display.readsOriginal ? road.en.summary : t('road.description', { title: heading.text, initiatives }),
      searchable: !display.pending(road),
      breadcrumbs: { trail: [home(locale)], current: name },
    },
    heading,
    summary: summaryOf(locale, road),
    search: { road: name, type: t('search.typeRoad') },
    view: textView(locale, road.zh.paragraphs, road.en),
    commitments: road.commitments,
    keyFigures: [...road.commitments, ...road.initiatives.flatMap((initiative) => initiative.commitments)],
    citeUrl: absoluteUrl(locale, path),
  };
}

export function initiativePageModel(locale: Locale, plan: Plan, index: number): InitiativePageModel {
  const t = useTranslations(locale);
  const display = displayFor(locale);
  const initiative = plan.initiatives[index];
  const road = plan.roads.find((candidate) => candidate.slug === initiative.road)!;
  const path = routes.initiative(plan.slug, road.slug, initiative.slug);
  const heading = initiativeHeading(locale, initiative);
  const roadLink = { label: roadName(locale, road), href: localizedPath(locale, routes.road(plan.slug, road.slug)) };
  const link = (item: InitiativePage | undefined) =>
    item && { href: localizedPath(locale, routes.initiative(plan.slug, item.road, item.slug)), label: initiativeTitle(locale, item) };
  const { previous, next } = neighbours(plan.initiatives, index);
  const view = textView(locale, initiative.zh.paragraphs, initiative.en);
  return {
    frame: {
      path,
      title: heading.text,
      description: display.text({ zh: initiative.zh.paragraphs[0].slice(0, 120), en: initiative.en?.summary }).text,
      searchable: !display.pending(initiative),
      breadcrumbs: { trail: [home(locale), roadLink], current: heading.text },
    },
    heading,
    summary: summaryOf(locale, initiative),
    search: { road: roadLink.label, type: t('search.typeInitiative') },
    view,
    commitments: initiative.commitments,
    citeUrl: absoluteUrl(locale, path),
    road: roadLink,
    label: t('initiative.label', { number: road.number, order: initiative.order }),
    marker: display.initiativeMarker(initiative.zh),
    textHeading: view.kind === 'original' ? t('page.originalHeading') : t('page.translationHeading'),
    previous: link(previous),
    next: link(next),
  };
}

export interface CommitmentPageModel {
  frame: PageFrame;
  commitment: Commitment;
  heading: Passage;
  /** The original beside a translated heading; absent where the page reads the original. */
  original: Passage | undefined;
  search: SearchTags;
  /** The road and, where there is one, the initiative that state the commitment, linked. */
  road: PageLink;
  initiative: PageLink | undefined;
  /** The paragraph that states it: its page's title, its address (the source of “announced” in its history), and the paragraph in each language. */
  source: { pageTitle: string; href: string; chinese: string; english: string | undefined };
  citeUrl: string;
  previous?: PageLink;
  next?: PageLink;
}

export function commitmentPageModel(locale: Locale, plan: Plan, id: string): CommitmentPageModel {
  const t = useTranslations(locale);
  const display = displayFor(locale);
  const commitment = plan.commitments.find((candidate) => candidate.id === id)!;
  const road = plan.roads.find((candidate) => candidate.slug === commitment.road)!;
  const initiative = road.initiatives.find((candidate) => candidate.slug === commitment.initiative);
  const heading = display.text(commitment);
  const path = commitmentOwnPath(commitment);
  const name = roadName(locale, road);
  const siblings = siblingsOf(plan.commitments, commitment);
  const { previous, next } = neighbours(siblings, siblings.indexOf(commitment));
  const link = (item: Commitment | undefined) => item && { href: commitmentOwnHref(locale, item), label: display.text(item).text };
  const stating = initiative ?? road;
  return {
    frame: {
      path,
      title: heading.text,
      description: t('commitment.description', { number: road.number, road: name, statement: heading.text }),
      searchable: true,
      breadcrumbs: {
        trail: [home(locale), { label: t('commitments.heading'), href: localizedPath(locale, routes.commitments()) }],
        current: heading.text,
      },
    },
    commitment,
    heading,
    original: display.readsOriginal ? undefined : display.original(commitment.zh),
    search: { road: name, type: t('search.typeCommitment') },
    road: { label: t('commitment.road', { number: road.number, name }), href: localizedPath(locale, routes.road(plan.slug, road.slug)) },
    initiative: initiative && {
      label: t('commitment.initiative', { name: initiativeTitle(locale, initiative) }),
      href: localizedPath(locale, routes.initiative(plan.slug, road.slug, initiative.slug)),
    },
    source: {
      pageTitle: initiative ? initiativeTitle(locale, initiative) : roadTitle(locale, road),
      href: commitmentHref(locale, commitment),
      chinese: stating.zh.paragraphs[commitment.paragraph - 1],
      english: stating.en?.paragraphs[commitment.paragraph - 1],
    },
    citeUrl: absoluteUrl(locale, path),
    previous: link(previous),
    next: link(next),
  };
}
