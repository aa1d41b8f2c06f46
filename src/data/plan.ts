/**
 * The plan as pages need it: originals joined with translations and figures, checked once.
 * Any problem found by checkContent stops the build with the file and field that are wrong.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkContent, translationPathFor, type SourceFile } from '../lib/check-content.ts';
import type { Status } from '../schemas/status.ts';

export const PLAN_SLUG = 'eight-roads';

type Translation = CollectionEntry<'translations'>['data'];
type CommitmentData = CollectionEntry<'commitments'>['data'];
export type StatusUpdate = CollectionEntry<'statusUpdates'>['data'];
/** A commitment with its current status and the dated updates behind it, oldest first. */
export type Commitment = CommitmentData & { status: Status; updates: StatusUpdate[] };
export type GlossaryEntry = CollectionEntry<'glossary'>['data'];
export type Measure = CommitmentData['measures'][number];
export type CommitmentChange = CollectionEntry<'commitmentChanges'>['data'];

export interface InitiativePage {
  slug: string;
  road: string;
  number: number;
  order: number;
  zh: CollectionEntry<'initiatives'>['data'];
  en: Translation;
  commitments: Commitment[];
}

export interface RoadPage {
  slug: string;
  number: number;
  zh: CollectionEntry<'roads'>['data'];
  en: Translation;
  initiatives: InitiativePage[];
  /** Commitments stated in the road's own paragraphs. */
  commitments: Commitment[];
}

export interface Plan {
  slug: string;
  zh: CollectionEntry<'plans'>['data'];
  en: Translation;
  roads: RoadPage[];
  /** All initiatives in article order, for previous/next links. */
  initiatives: InitiativePage[];
  commitments: Commitment[];
  glossary: GlossaryEntry[];
  /** Removed commitment ids and their replacements. */
  commitmentChanges: CommitmentChange[];
  repairs: CollectionEntry<'repairLogs'>['data']['repairs'];
}

/** The last path segment of an entry id: “eight-roads/zh/roads/opening-up” → “opening-up”. */
const slugOf = (id: string) => id.slice(id.lastIndexOf('/') + 1);

function source<T>(entry: { id: string; filePath?: string; data: T }): SourceFile<T> {
  return { id: slugOf(entry.id), filePath: entry.filePath ?? entry.id, data: entry.data };
}

let cached: Promise<Plan> | undefined;

async function loadPlan(): Promise<Plan> {
  const [plans, roads, initiatives, translations, commitments, repairLogs, glossary, statusUpdates, commitmentChanges] = await Promise.all([
    getCollection('plans'),
    getCollection('roads'),
    getCollection('initiatives'),
    getCollection('translations'),
    getCollection('commitments'),
    getCollection('repairLogs'),
    getCollection('glossary'),
    getCollection('statusUpdates'),
    getCollection('commitmentChanges'),
  ]);
  const planEntry = plans.find((entry) => entry.id.startsWith(`${PLAN_SLUG}/`));
  if (!planEntry) throw new Error(`content/${PLAN_SLUG}/zh/plan.yaml: \`file\`: missing; run npm run import`);

  const originalPaths = new Set([planEntry, ...roads, ...initiatives].map((entry) => entry.filePath ?? entry.id));
  const translationsByOriginal = new Map<string, SourceFile<Translation>>();
  const orphanTranslations: SourceFile<unknown>[] = [];
  for (const entry of translations) {
    const original = (entry.filePath ?? entry.id).replace('/en/', '/zh/');
    if (originalPaths.has(original)) translationsByOriginal.set(original, source(entry));
    else orphanTranslations.push(source(entry));
  }

  const problems = checkContent({
    plan: source(planEntry),
    roads: roads.map(source),
    initiatives: initiatives.map(source),
    translations: translationsByOriginal,
    orphanTranslations,
    commitments: commitments.map((entry) => ({ ...source(entry), id: entry.id })),
    glossary: glossary.map((entry) => ({ ...source(entry), id: entry.id })),
    commitmentChanges: commitmentChanges.map((entry) => ({ ...source(entry), id: entry.id })),
    statusUpdates: statusUpdates.map(source),
  });
  if (problems.length > 0) {
    throw new Error(`Content check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  ${problems.join('\n  ')}`);
  }

  const translationOf = (entry: { id: string; filePath?: string }) => {
    const found = translationsByOriginal.get(entry.filePath ?? entry.id);
    if (!found) throw new Error(`${translationPathFor(entry.filePath ?? entry.id)}: missing`); // unreachable after checkContent
    return found.data;
  };
  const updatesOf = (id: string) =>
    statusUpdates
      .map((entry) => entry.data)
      .filter((update) => update.commitment === id)
      .sort((a, b) => a.date.getTime() - b.date.getTime());
  const commitmentData: Commitment[] = commitments.map((entry) => {
    const updates = updatesOf(entry.data.id);
    return { ...entry.data, updates, status: updates.at(-1)?.status ?? 'announced' };
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
      slug: slugOf(entry.id),
      number: entry.data.number,
      zh: entry.data,
      en: translationOf(entry),
      initiatives: [],
      commitments: commitmentData.filter((c) => c.road === slugOf(entry.id) && c.initiative === undefined),
    }))
    .sort((a, b) => a.number - b.number);
  const roadBySlug = new Map(roadPages.map((road) => [road.slug, road]));
  for (const entry of initiatives) {
    const road = roadBySlug.get(entry.data.road)!;
    road.initiatives.push({
      slug: slugOf(entry.id),
      road: road.slug,
      number: road.number,
      order: entry.data.order,
      zh: entry.data,
      en: translationOf(entry),
      commitments: commitmentData.filter((c) => c.initiative === slugOf(entry.id)),
    });
  }
  for (const road of roadPages) road.initiatives.sort((a, b) => a.order - b.order);

  return {
    slug: PLAN_SLUG,
    zh: planEntry.data,
    en: translationOf(planEntry),
    roads: roadPages,
    initiatives: roadPages.flatMap((road) => road.initiatives),
    commitments: commitmentData,
    glossary: glossary.map((entry) => entry.data),
    commitmentChanges: commitmentChanges.map((entry) => entry.data),
    repairs: repairLogs.find((entry) => entry.id.startsWith(`${PLAN_SLUG}/`))?.data.repairs ?? [],
  };
}

/** The plan, loaded and checked once per build. */
export function getPlan(): Promise<Plan> {
  cached ??= loadPlan();
  return cached;
}
