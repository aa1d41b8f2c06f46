/**
 * The plans as pages need them, from the collections' entries: originals joined with translations and figures, and
 * checked. Every folder of content/ with a zh/plan.yaml is a plan; its folder name is its slug, and every entry id
 * starts with it, so each plan's roads, initiatives and commitments are kept apart.
 * Any problem found by checkContent stops the build with the file and field that are wrong.
 * Pure apart from the search's word lists: entries in, plans (or an Error with every problem) out; src/model/plan.ts
 * reads the collections, and the bad-content tests call it with entries their loaders read.
 */
import type { CollectionEntry } from 'astro:content';
import { checkContent } from '#src/checks/check-content.ts';
import { planTranslationState, type ContentToCheck, type SourceFile } from '#src/checks/content-to-check.ts';
import { checkGlossary, checkNames, planText, type PlanText } from '#src/checks/glossary-names.ts';
import { staleTranslations } from '#src/checks/translation-staleness.ts';
import { translationPathFor } from '#src/checks/translation-files.ts';
import type { Status } from '#src/schemas/status.ts';
import type { PlainDate } from '#src/schemas/plain-date.ts';
import { latestReviews, reviewProblems } from './status-reviews.ts';
import { checkChains, type DroppedLink } from './commitment-chain.ts';
import { checkCommitmentSpans } from '#src/checks/commitment-spans.ts';
import { additionProblems } from '#src/checks/commitment-additions.ts';
import { statedFactProblems } from '#src/checks/stated-facts.ts';
import { seeAlsoProblems } from '#src/checks/commitment-see-also.ts';
import { byEntryOrder } from './status-order.ts';
import { synonymProblems } from '#src/search/build/lexicons.ts';

type Translation = CollectionEntry<'translations'>['data'];
type CommitmentData = CollectionEntry<'commitments'>['data'];
export type StatusUpdate = CollectionEntry<'statusLogs'>['data']['updates'][number];
/** A commitment with its current status and the dated updates behind it, oldest first. */
export type Commitment = CommitmentData & {
  /** Slug of the plan that states it. */
  plan: string;
  status: Status;
  updates: StatusUpdate[];
  /** The latest day an editor checked the status against sources (content/<plan>/reviews/); absent if never. */
  reviewed?: PlainDate;
};
export type GlossaryEntry = CollectionEntry<'glossary'>['data'];
export type Measure = CommitmentData['measures'][number];
export type CommitmentChange = CollectionEntry<'commitmentChanges'>['data'] & { /** Slug of the plan. */ plan: string };
export type NameEntry = CollectionEntry<'names'>['data'];

export interface InitiativePage {
  /** Slug of the plan. */
  plan: string;
  slug: string;
  road: string;
  number: number;
  order: number;
  zh: CollectionEntry<'initiatives'>['data'];
  /** Absent while the plan's translation is in progress and this page's is not done. */
  en?: Translation;
  /** The Chinese changed since the English was translated, in a plan whose translation is in progress. */
  enPending: boolean;
  commitments: Commitment[];
}

export interface RoadPage {
  /** Slug of the plan. */
  plan: string;
  slug: string;
  number: number;
  zh: CollectionEntry<'roads'>['data'];
  /** Absent while the plan's translation is in progress and this page's is not done. */
  en?: Translation;
  /** The Chinese changed since the English was translated, in a plan whose translation is in progress. */
  enPending: boolean;
  initiatives: InitiativePage[];
  /** Commitments stated in the road's own paragraphs. */
  commitments: Commitment[];
}

export interface Plan {
  slug: string;
  /** Place in the sequence of plans, 1 = the earliest. */
  order: number;
  zh: CollectionEntry<'plans'>['data'];
  /** Absent while the plan's translation is in progress and its English lede is not done. */
  en?: Translation;
  /** The Chinese changed since the English was translated, in a plan whose translation is in progress. */
  enPending: boolean;
  /** English files not written yet (translation in progress), as paths; empty for a complete plan. */
  pendingTranslations: string[];
  roads: RoadPage[];
  /** All initiatives in article order, for previous/next links. */
  initiatives: InitiativePage[];
  commitments: Commitment[];
  /** The glossary shared by all plans. */
  glossary: GlossaryEntry[];
  /** Removed commitment ids and their replacements. */
  commitmentChanges: CommitmentChange[];
  /** Proper names with their English names (content/names.yaml, shared by all plans). */
  names: NameEntry[];
  repairs: CollectionEntry<'repairLogs'>['data']['repairs'];
  /** Earlier plans' commitments this plan records as not carried on (content/<plan>/dropped/). */
  dropped: (DroppedLink & { file: string })[];
}

/** The last path segment of an entry id: “eight-roads/zh/roads/opening-up” → “opening-up”. */
const slugOf = (id: string) => id.slice(id.lastIndexOf('/') + 1);

function source<T>(entry: { id: string; filePath?: string; data: T }): SourceFile<T> {
  return { id: slugOf(entry.id), filePath: entry.filePath ?? entry.id, data: entry.data };
}

/** An entry of a list shared by all plans (glossary, names), named in messages by its whole id. */
const sharedSource = <T>(entry: { id: string; filePath?: string; data: T }): SourceFile<T> => ({ ...source(entry), id: entry.id });

/** The plan folder an entry belongs to: the first segment of its id. */
const planOf = (entry: { id: string }) => entry.id.slice(0, entry.id.indexOf('/'));

const failure = (problems: string[]) =>
  new Error(`Content check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  ${problems.join('\n  ')}`);

/** The collections' entries, as getCollection returns them. */
export interface Collections {
  plans: CollectionEntry<'plans'>[];
  roads: CollectionEntry<'roads'>[];
  initiatives: CollectionEntry<'initiatives'>[];
  translations: CollectionEntry<'translations'>[];
  commitments: CollectionEntry<'commitments'>[];
  repairLogs: CollectionEntry<'repairLogs'>[];
  glossary: CollectionEntry<'glossary'>[];
  statusLogs: CollectionEntry<'statusLogs'>[];
  statusReviews: CollectionEntry<'statusReviews'>[];
  droppedCommitments: CollectionEntry<'droppedCommitments'>[];
  commitmentChanges: CollectionEntry<'commitmentChanges'>[];
  names: CollectionEntry<'names'>[];
}

/** One plan's entries, checked and joined, with its text for the shared checks; throws with every problem found. */
function buildPlan(planEntry: CollectionEntry<'plans'>, all: Collections): { plan: Plan; text: PlanText } {
  const slug = planOf(planEntry);
  const ofPlan = <T extends { id: string }>(entries: T[]) => entries.filter((entry) => planOf(entry) === slug);
  const roads = ofPlan(all.roads);
  const initiatives = ofPlan(all.initiatives);
  const translations = ofPlan(all.translations);
  const commitments = ofPlan(all.commitments);
  const commitmentChanges = ofPlan(all.commitmentChanges);
  const statusUpdates = all.statusLogs.find((log) => log.id === slug)?.data.updates ?? [];
  const reviews = all.statusReviews.find((log) => log.id === slug)?.data.updates ?? [];

  const originalPaths = new Set([planEntry, ...roads, ...initiatives].map((entry) => entry.filePath ?? entry.id));
  const translationsByOriginal = new Map<string, SourceFile<Translation>>();
  const orphanTranslations: SourceFile<unknown>[] = [];
  for (const entry of translations) {
    const original = (entry.filePath ?? entry.id).replace('/en/', '/zh/');
    if (originalPaths.has(original)) translationsByOriginal.set(original, source(entry));
    else orphanTranslations.push(source(entry));
  }

  // Per-plan items keep their own id in messages (“<plan>/” is already in the file path).
  const withOwnId = <T>(entry: { id: string; filePath?: string; data: T }) => ({ ...source(entry), id: entry.id.slice(slug.length + 1) });
  const content: ContentToCheck = {
    plan: source(planEntry),
    roads: roads.map(source),
    initiatives: initiatives.map(source),
    translations: translationsByOriginal,
    orphanTranslations,
    commitments: commitments.map(withOwnId),
    // The shared glossary and names: their renderings are checked per plan, their occurrence across plans (loadPlans).
    glossary: all.glossary.map(sharedSource),
    // Removed ids only: added ids and fields are checked by additionProblems below.
    commitmentChanges: commitmentChanges
      .map(withOwnId)
      .filter((change): change is SourceFile<typeof change.data & { replacedBy: string }> => change.data.replacedBy !== undefined),
    statusUpdates: statusUpdates.map((update) => ({ id: update.file, filePath: update.file, data: update })),
    names: all.names.map(sharedSource),
  };
  const pagePaths = new Map([...roads, ...initiatives].map((entry) => [slugOf(entry.id), entry.filePath ?? entry.id]));
  const englishParagraphs = (road: string, initiative: string | undefined) =>
    translationsByOriginal.get(pagePaths.get(initiative ?? road) ?? '')?.data.paragraphs;
  const problems = [
    ...checkContent(content),
    ...checkCommitmentSpans(content.commitments, englishParagraphs),
    ...additionProblems(commitmentChanges.map(withOwnId), content.commitments),
    ...statedFactProblems(content),
    ...seeAlsoProblems(commitments.map(withOwnId)),
    ...reviewProblems(
      reviews,
      commitments.map((entry) => entry.data.id),
    ),
  ];
  if (problems.length > 0) throw failure(problems);

  // In a plan whose translation is in progress, an English page may be missing (pending), or its Chinese may
  // have changed since it was translated (shown as pending); checkContent has refused both in a complete plan.
  const stale = planTranslationState(content) === 'in-progress' ? staleTranslations(content) : new Map<string, unknown>();
  const pendingOf = (entry: { id: string; filePath?: string }) => stale.has(entry.filePath ?? entry.id);
  const translationOf = (entry: { id: string; filePath?: string }) => translationsByOriginal.get(entry.filePath ?? entry.id)?.data;
  const pendingTranslations = [...originalPaths].filter((path) => !translationsByOriginal.has(path)).map(translationPathFor);
  const updatesOf = (id: string) => statusUpdates.filter((update) => update.commitment === id).sort(byEntryOrder);
  const reviewed = latestReviews(reviews);
  const commitmentData: Commitment[] = commitments.map((entry) => {
    const updates = updatesOf(entry.data.id);
    return { ...entry.data, plan: slug, updates, status: updates.at(-1)?.status ?? 'announced', reviewed: reviewed.get(entry.data.id) };
  });
  // Article order: road, the road's own paragraphs before its initiatives, then paragraph and position in it.
  const roadData = new Map(roads.map((entry) => [slugOf(entry.id), entry.data]));
  const initiativeData = new Map(initiatives.map((entry) => [slugOf(entry.id), entry.data]));
  const articlePosition = (c: Commitment) => {
    const initiative = c.initiative ? initiativeData.get(c.initiative) : undefined;
    const text = (initiative ?? roadData.get(c.road)!).paragraphs[c.paragraph - 1];
    return [roadData.get(c.road)!.number, initiative?.order ?? 0, c.paragraph, text.indexOf(c.zh)];
  };
  const positions = new Map(commitmentData.map((c) => [c, articlePosition(c)]));
  const byPosition = (a: Commitment, b: Commitment) => {
    const [x, y] = [positions.get(a)!, positions.get(b)!];
    return x.reduce((order, value, i) => order || value - y[i], 0) || a.id.localeCompare(b.id);
  };
  commitmentData.sort(byPosition);
  const roadPages = roads
    .map((entry): RoadPage => ({
      plan: slug,
      slug: slugOf(entry.id),
      number: entry.data.number,
      zh: entry.data,
      en: translationOf(entry),
      enPending: pendingOf(entry),
      initiatives: [],
      commitments: commitmentData.filter((c) => c.road === slugOf(entry.id) && c.initiative === undefined),
    }))
    .sort((a, b) => a.number - b.number);
  const roadBySlug = new Map(roadPages.map((road) => [road.slug, road]));
  for (const entry of initiatives) {
    const road = roadBySlug.get(entry.data.road)!;
    road.initiatives.push({
      plan: slug,
      slug: slugOf(entry.id),
      road: road.slug,
      number: road.number,
      order: entry.data.order,
      zh: entry.data,
      en: translationOf(entry),
      enPending: pendingOf(entry),
      commitments: commitmentData.filter((c) => c.initiative === slugOf(entry.id)),
    });
  }
  for (const road of roadPages) road.initiatives.sort((a, b) => a.order - b.order);

  const plan: Plan = {
    slug,
    order: planEntry.data.order ?? 1,
    zh: planEntry.data,
    en: translationOf(planEntry),
    enPending: pendingOf(planEntry),
    pendingTranslations,
    roads: roadPages,
    initiatives: roadPages.flatMap((road) => road.initiatives),
    commitments: commitmentData,
    glossary: all.glossary.map((entry) => entry.data),
    commitmentChanges: commitmentChanges.map((entry) => ({ ...entry.data, plan: slug })),
    names: all.names.map((entry) => entry.data),
    repairs: ofPlan(all.repairLogs)[0]?.data.repairs ?? [],
    dropped: (all.droppedCommitments.find((log) => log.id === slug)?.data.updates ?? []).map((drop) => ({ ...drop, plan: slug })),
  };
  return { plan, text: planText(content) };
}

/** Every plan, joined and checked, newest first; throws with every problem of every plan. */
export async function buildPlans(all: Collections): Promise<Plan[]> {
  const { plans, glossary, names } = all;
  if (plans.length === 0) throw new Error('content/<plan>/zh/plan.yaml: `file`: no plan found; run npm run import');
  const built: { plan: Plan; text: PlanText }[] = [];
  const problems: string[] = [];
  for (const planEntry of plans) {
    try {
      built.push(buildPlan(planEntry, all));
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  // The glossary and the names are shared: each entry must occur in some plan, not in every one.
  const texts = built.map(({ text }) => text);
  const sharedProblems = [...checkGlossary(glossary.map(sharedSource), texts), ...checkNames(names.map(sharedSource), texts)];
  const plansBuilt = built.map(({ plan }) => plan);
  sharedProblems.push(
    ...checkChains(
      plansBuilt.flatMap((plan) => plan.commitments),
      plansBuilt.flatMap((plan) => plan.dropped),
      new Map(plansBuilt.map((plan) => [plan.slug, plan.order])),
      (plan) => `content/${plan}/commitments.yaml`,
      (slug, source) => {
        const plan = plansBuilt.find((each) => each.slug === slug);
        const road = plan?.roads.find((each) => each.slug === source.road);
        const page = source.initiative ? road?.initiatives.find((each) => each.slug === source.initiative) : road;
        return page?.zh.paragraphs[source.paragraph - 1];
      },
    ),
  );
  // The search's synonyms must each lead to a word of the English pages, which only the plans together know.
  sharedProblems.push(...(await synonymProblems(plansBuilt)));
  if (sharedProblems.length > 0) throw failure(sharedProblems);
  for (const { plan } of built) {
    // The build lists what is still to translate, so a plan in progress is visibly so.
    if (plan.pendingTranslations.length > 0) {
      console.info(
        `[plans] ${plan.slug}: translation in progress, ${plan.pendingTranslations.length} English file(s) pending:\n  ${plan.pendingTranslations.join('\n  ')}`,
      );
    }
  }
  return plansBuilt.sort(newestFirst);
}

/** Newest first: highest order, then slug, so the listing is stable. */
export const newestFirst = (a: Pick<Plan, 'order' | 'slug'>, b: Pick<Plan, 'order' | 'slug'>) =>
  b.order - a.order || a.slug.localeCompare(b.slug);
