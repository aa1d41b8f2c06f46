/**
 * Cross-file checks that Zod schemas cannot make: every Chinese page has its English page,
 * references point at things that exist, slugs are unique, and figures match their text.
 * Pure: takes plain records, returns problems as “file: `field`: what is wrong”.
 */
import { formatQuantityEnglish, parseChineseAmount, type Unit } from './quantities.ts';

export interface SourceFile<T> {
  /** Slug or id of the entry. */
  id: string;
  /** Path of the file the entry came from, as shown in messages. */
  filePath: string;
  data: T;
}

export interface ContentToCheck {
  plan: SourceFile<{ title?: string; lede: string[] }>;
  roads: SourceFile<{ heading?: string; paragraphs: string[] }>[];
  initiatives: SourceFile<{ heading?: string; road: string; order: number; paragraphs: string[] }>[];
  /** English files by the path of the Chinese file they translate. */
  translations: Map<string, SourceFile<{ name?: string; title?: string; paragraphs: string[] }>>;
  /** English files whose Chinese file does not exist. */
  orphanTranslations: SourceFile<unknown>[];
  commitments: SourceFile<{
    road: string;
    initiative?: string;
    paragraph: number;
    zh: string;
    en: string;
    measures: { amount: string; value: number; unit: Unit }[];
  }>[];
  /** Removed commitment ids with their replacements (commitments-changelog.yaml). */
  commitmentChanges: SourceFile<{ replacedBy: string }>[];
  glossary: SourceFile<{ zh: string; aliases: string[]; enForms: string[] }>[];
  statusUpdates: SourceFile<{ commitment: string }>[];
  /** The plan's translation is in progress: a missing English file is pending, not a problem (a malformed one still is). */
  translationInProgress?: boolean;
}

/** Where the English translation of a Chinese content file lives. */
export function translationPathFor(chinesePath: string): string {
  return chinesePath.replace(/\/zh\//u, '/en/');
}

const problem = (file: string, field: string, message: string) => `${file}: \`${field}\`: ${message}`;

function checkTranslation(
  original: SourceFile<unknown>,
  paragraphs: string[],
  translations: ContentToCheck['translations'],
  needsName: boolean,
  inProgress = false,
): string[] {
  const expected = translationPathFor(original.filePath);
  const translation = translations.get(original.filePath);
  if (!translation) return inProgress ? [] : [problem(expected, 'file', `missing English translation of ${original.filePath}`)];
  const problems: string[] = [];
  if (translation.data.paragraphs.length !== paragraphs.length) {
    problems.push(
      problem(
        translation.filePath,
        'paragraphs',
        `has ${translation.data.paragraphs.length} paragraphs; the Chinese original ${original.filePath} has ${paragraphs.length}`,
      ),
    );
  }
  if (needsName && !translation.data.name) problems.push(problem(translation.filePath, 'name', 'a road needs a short English name'));
  return problems;
}

function checkCommitments(content: ContentToCheck): string[] {
  const problems: string[] = [];
  const roads = new Map(content.roads.map((road) => [road.id, road]));
  const initiatives = new Map(content.initiatives.map((initiative) => [initiative.id, initiative]));
  for (const { id, filePath, data } of content.commitments) {
    const at = `${filePath} (${id})`;
    const road = roads.get(data.road);
    if (!road) {
      problems.push(problem(at, 'road', `no road “${data.road}”`));
      continue;
    }
    let paragraphs = road.data.paragraphs;
    if (data.initiative !== undefined) {
      const initiative = initiatives.get(data.initiative);
      if (!initiative) {
        problems.push(problem(at, 'initiative', `no initiative “${data.initiative}”`));
        continue;
      }
      if (initiative.data.road !== data.road) {
        problems.push(problem(at, 'initiative', `“${data.initiative}” belongs to road “${initiative.data.road}”, not “${data.road}”`));
      }
      paragraphs = initiative.data.paragraphs;
    }
    const paragraph = paragraphs[data.paragraph - 1];
    if (paragraph === undefined) {
      problems.push(problem(at, 'paragraph', `paragraph ${data.paragraph} does not exist (the page has ${paragraphs.length})`));
    } else if (!paragraph.includes(data.zh)) {
      problems.push(problem(at, 'zh', `“${data.zh}” is not in paragraph ${data.paragraph}`));
    }
    data.measures.forEach((measure, index) => {
      const field = `measures[${index}]`;
      if (!data.zh.includes(measure.amount))
        problems.push(problem(at, `${field}.amount`, `“${measure.amount}” is not part of “${data.zh}”`));
      const parsed = parseChineseAmount(measure.amount);
      if (parsed !== measure.value)
        problems.push(problem(at, `${field}.value`, `${measure.value} does not match “${measure.amount}” (= ${parsed})`));
      const english = formatQuantityEnglish(measure.value, measure.unit);
      if (!data.en.includes(english)) problems.push(problem(at, 'en', `does not state the quantity of ${field} as “${english}”`));
    });
  }
  return problems;
}

/** A plan's whole text in each language, for the glossary check. */
export interface PlanText {
  chinese: string;
  /** Lower-cased. */
  english: string;
}

/** The Chinese (titles and headings included) and English text of one plan. */
export function planText(content: Pick<ContentToCheck, 'plan' | 'roads' | 'initiatives' | 'translations'>): PlanText {
  const chinese = [
    content.plan.data.title ?? '',
    ...content.plan.data.lede,
    ...[...content.roads, ...content.initiatives].flatMap((page) => [page.data.heading ?? '', ...page.data.paragraphs]),
  ].join('\n');
  const english = [...content.translations.values()]
    .flatMap((translation) => [translation.data.title ?? '', ...translation.data.paragraphs])
    .join('\n')
    .toLowerCase();
  return { chinese, english };
}

/**
 * Every glossary term occurs in the Chinese text of some plan, and every English form in some translation: no orphans.
 * The glossary is shared, so a term need not occur in every plan.
 */
export function checkGlossary(glossary: ContentToCheck['glossary'], texts: PlanText[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const { id, filePath, data } of glossary) {
    const at = `${filePath} (${id})`;
    if (seen.has(id)) problems.push(problem(at, 'id', `duplicate glossary id “${id}”`));
    seen.add(id);
    for (const form of [data.zh, ...data.aliases]) {
      if (!texts.some(({ chinese }) => chinese.includes(form))) {
        problems.push(problem(at, form === data.zh ? 'zh' : 'aliases', `“${form}” does not occur in the Chinese text`));
      }
    }
    for (const form of data.enForms) {
      if (!texts.some(({ english }) => english.includes(form.toLowerCase()))) {
        problems.push(problem(at, 'enForms', `“${form}” does not occur in the English translation`));
      }
    }
  }
  return problems;
}

export function checkContent(content: ContentToCheck): string[] {
  const problems: string[] = [];
  const inProgress = content.translationInProgress ?? false;
  problems.push(...checkTranslation(content.plan, content.plan.data.lede, content.translations, false, inProgress));
  for (const road of content.roads) problems.push(...checkTranslation(road, road.data.paragraphs, content.translations, true, inProgress));
  for (const initiative of content.initiatives) {
    problems.push(...checkTranslation(initiative, initiative.data.paragraphs, content.translations, false, inProgress));
  }
  for (const orphan of content.orphanTranslations) {
    problems.push(problem(orphan.filePath, 'file', `translates ${orphan.filePath.replace('/en/', '/zh/')}, which does not exist`));
  }

  const roadSlugs = new Set(content.roads.map((road) => road.id));
  const seenSlugs = new Map<string, string>();
  for (const page of [...content.roads, ...content.initiatives]) {
    const earlier = seenSlugs.get(page.id);
    if (earlier) problems.push(problem(page.filePath, 'slug', `duplicate slug “${page.id}”, already used by ${earlier}`));
    else seenSlugs.set(page.id, page.filePath);
  }
  const seenOrders = new Map<string, string>();
  for (const initiative of content.initiatives) {
    if (!roadSlugs.has(initiative.data.road)) {
      problems.push(problem(initiative.filePath, 'road', `no road “${initiative.data.road}” (roads: ${[...roadSlugs].join(', ')})`));
    }
    const key = `${initiative.data.road}#${initiative.data.order}`;
    const earlier = seenOrders.get(key);
    if (earlier) problems.push(problem(initiative.filePath, 'order', `order ${initiative.data.order} is already used by ${earlier}`));
    else seenOrders.set(key, initiative.filePath);
  }
  const seenIds = new Set<string>();
  for (const commitment of content.commitments) {
    if (seenIds.has(commitment.id)) problems.push(problem(commitment.filePath, 'id', `duplicate commitment id “${commitment.id}”`));
    seenIds.add(commitment.id);
  }
  for (const change of content.commitmentChanges) {
    const at = `${change.filePath} (${change.id})`;
    if (seenIds.has(change.id))
      problems.push(problem(at, 'id', `“${change.id}” is still a commitment; an id listed as removed must not be reused`));
    if (!seenIds.has(change.data.replacedBy)) problems.push(problem(at, 'replacedBy', `no commitment “${change.data.replacedBy}”`));
  }
  // Commitment pages live at <plan>/commitments/<id>/, beside the road pages.
  // …and the plan's home at <plan>/overview/.
  for (const road of content.roads) {
    if (road.id === 'commitments') problems.push(problem(road.filePath, 'slug', '“commitments” is reserved for the commitment pages'));
    if (road.id === 'overview') problems.push(problem(road.filePath, 'slug', '“overview” is reserved for the plan’s home page'));
    if (road.id === 'glossary') problems.push(problem(road.filePath, 'slug', '“glossary” is reserved for the plan’s list of terms'));
  }
  problems.push(...checkCommitments(content));
  problems.push(...checkGlossary(content.glossary, [planText(content)]));
  for (const update of content.statusUpdates) {
    if (!seenIds.has(update.data.commitment))
      problems.push(problem(update.filePath, 'commitment', `no commitment “${update.data.commitment}”`));
  }
  return problems;
}
