/**
 * Cross-file checks that Zod schemas cannot make: every Chinese page has its English page,
 * references point at things that exist, slugs are unique, and figures match their text.
 * Pure: takes plain records, returns problems as “file: `field`: what is wrong”.
 */
import { parseChineseAmount, type Unit } from '#src/model/quantities.ts';
import { writeQuantity } from '#src/i18n/quantities.ts';
import { compareFigures, describeFigures } from './figures.ts';
import { outdatedParts, type TranslatedVersion } from './translation-version.ts';
import { checkRenderings, type Rendering, type TextPair } from './consistent-renderings.ts';
import { pageTextPairs, unknownExceptionFields, type FieldExceptions } from './page-text-pairs.ts';

export interface SourceFile<T> {
  /** Slug or id of the entry. */
  id: string;
  /** Path of the file the entry came from, as shown in messages. */
  filePath: string;
  data: T;
}

export interface ContentToCheck {
  /** The plan's Chinese file; `translation` comes from its structure.yaml (absent = complete). */
  plan: SourceFile<{ title?: string; lede: string[]; translation?: 'complete' | 'in-progress' }>;
  roads: SourceFile<{ heading?: string; name?: string; paragraphs: string[] }>[];
  initiatives: SourceFile<{ heading?: string; road: string; order: number; paragraphs: string[] }>[];
  /** English files by the path of the Chinese file they translate. */
  translations: Map<
    string,
    SourceFile<{
      name?: string;
      title?: string;
      summary?: string;
      paragraphs: string[];
      translates?: TranslatedVersion;
      notes?: { paragraph: number }[];
      termExceptions?: FieldExceptions[];
      nameExceptions?: FieldExceptions[];
    }>
  >;
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
  /** Proper names (content/names.yaml); absent in checks that do not concern them. */
  names?: SourceFile<{ zh: string; aliases: string[]; en: string; enForms: string[] }>[];
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
      const english = writeQuantity('en', measure.value, measure.unit);
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

/** An entry's Chinese form and aliases that occur in no plan's Chinese text (glossary terms and proper names alike). */
function missingChineseForms(at: string, data: { zh: string; aliases: string[] }, texts: PlanText[]): string[] {
  return [data.zh, ...data.aliases]
    .filter((form) => !texts.some(({ chinese }) => chinese.includes(form)))
    .map((form) => problem(at, form === data.zh ? 'zh' : 'aliases', `“${form}” does not occur in the Chinese text`));
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
    problems.push(...missingChineseForms(at, data, texts));
    for (const form of data.enForms) {
      if (!texts.some(({ english }) => english.includes(form.toLowerCase()))) {
        problems.push(problem(at, 'enForms', `“${form}” does not occur in the English translation`));
      }
    }
  }
  return problems;
}

/** Every proper name occurs in the Chinese text of some plan (names.yaml is shared, like the glossary). */
export function checkNames(names: NonNullable<ContentToCheck['names']>, texts: PlanText[]): string[] {
  return names.flatMap(({ id, filePath, data }) => missingChineseForms(`${filePath} (${id})`, data, texts));
}

/** What of one English file no longer matches its Chinese. */
export interface Staleness {
  /** The English file. */
  file: string;
  /** The file records no version of the Chinese (never stamped). */
  unstamped: boolean;
  /** The Chinese heading changed since the translation was stamped. */
  title: boolean;
  /** 1-based paragraphs whose Chinese changed. */
  paragraphs: number[];
}

/** Each page as the translation checks see it: the Chinese file, its heading and its paragraphs. */
function pagesOf(content: ContentToCheck): [SourceFile<unknown>, string | undefined, string | undefined, string[]][] {
  return [
    [content.plan, content.plan.data.title, undefined, content.plan.data.lede],
    ...content.roads.map((road): [SourceFile<unknown>, string | undefined, string | undefined, string[]] => [
      road,
      road.data.heading,
      road.data.name,
      road.data.paragraphs,
    ]),
    ...content.initiatives.map((page): [SourceFile<unknown>, string | undefined, string | undefined, string[]] => [
      page,
      page.data.heading,
      undefined,
      page.data.paragraphs,
    ]),
  ];
}

/** Whether the plan's translation is complete (the default) or in progress, as its structure.yaml says. */
export function planTranslationState(content: Pick<ContentToCheck, 'plan'>): 'complete' | 'in-progress' {
  return content.plan.data.translation ?? 'complete';
}

/** English files whose Chinese changed since they were stamped, by the path of the Chinese file. */
export function staleTranslations(content: ContentToCheck): Map<string, Staleness> {
  const stale = new Map<string, Staleness>();
  for (const [original, heading, , paragraphs] of pagesOf(content)) {
    const translation = content.translations.get(original.filePath);
    if (!translation) continue;
    const recorded = translation.data.translates;
    if (!recorded) {
      stale.set(original.filePath, { file: translation.filePath, unstamped: true, title: false, paragraphs: [] });
      continue;
    }
    const parts = outdatedParts({ heading: heading ?? '', paragraphs }, recorded);
    if (parts.title || parts.paragraphs.length > 0)
      stale.set(original.filePath, { file: translation.filePath, unstamped: false, ...parts });
  }
  return stale;
}

/**
 * In a complete plan, every English file records the Chinese it translates, and that Chinese has not
 * changed since. (In a plan whose translation is in progress, such pages are marked pending instead.)
 */
function checkTranslationVersions(content: ContentToCheck, stale: Map<string, Staleness>): string[] {
  const problems: string[] = [];
  if (planTranslationState(content) === 'in-progress') return problems;
  for (const { file, unstamped, title, paragraphs } of stale.values()) {
    if (unstamped)
      problems.push(problem(file, 'translates', `missing: after checking the translation, run npm run translations:stamp -- ${file}`));
    if (title)
      problems.push(
        `translation out of date: ${file} title (the Chinese heading changed; update the English, then run npm run translations:stamp -- ${file})`,
      );
    for (const paragraph of paragraphs) {
      problems.push(
        `translation out of date: ${file} ¶${paragraph} (the Chinese changed; update the English, then run npm run translations:stamp -- ${file})`,
      );
    }
  }
  return problems;
}

/** The glossary as renderings for consistent-renderings.ts: each term's Chinese forms and its English forms. */
export function glossaryRenderings(glossary: ContentToCheck['glossary']): Rendering[] {
  return glossary.map(({ id, data }) => ({ id, zh: [data.zh, ...data.aliases], en: data.enForms }));
}

/** Proper names as renderings: the Chinese name and aliases, the English name and its other accepted forms. */
export function nameRenderings(names: NonNullable<ContentToCheck['names']>): Rendering[] {
  return names.map(({ id, data }) => ({ id, zh: [data.zh, ...data.aliases], en: [data.en, ...data.enForms] }));
}

/**
 * One term, one rendering, on every page and in every commitment: titles, summaries, paragraphs and commitments
 * use the glossary's English forms; titles, paragraphs and commitments use the English proper names. (A summary paraphrases, so names are not required there.)
 * Translator's notes must point at a paragraph that exists.
 */
function checkPageRenderings(content: ContentToCheck): string[] {
  const originals: SourceFile<{ heading?: string; paragraphs: string[] }>[] = [
    { ...content.plan, data: { heading: content.plan.data.title, paragraphs: content.plan.data.lede } },
    ...content.roads,
    ...content.initiatives,
  ];
  const termPairs: TextPair[] = [];
  const namePairs: TextPair[] = [];
  const problems: string[] = [];
  for (const original of originals) {
    const translation = content.translations.get(original.filePath);
    if (!translation) continue;
    const { filePath, data } = translation;
    const count = original.data.paragraphs.length;
    problems.push(...unknownExceptionFields(`${filePath}: \`termExceptions\``, count, data.termExceptions ?? []));
    problems.push(...unknownExceptionFields(`${filePath}: \`nameExceptions\``, count, data.nameExceptions ?? []));
    for (const note of data.notes ?? []) {
      if (note.paragraph > count)
        problems.push(problem(filePath, 'notes', `a note for paragraph ${note.paragraph}, but the page has ${count}`));
    }
    termPairs.push(...pageTextPairs(filePath, original.data, data, data.termExceptions));
    namePairs.push(...pageTextPairs(filePath, original.data, data, data.nameExceptions, { summary: false }));
  }
  // Commitments quote the article and render it in English: the same terms and names, the same forms.
  for (const { id, filePath, data } of content.commitments) {
    const pair = { file: `${filePath} (${id}): \`en\``, zh: data.zh, en: data.en };
    termPairs.push(pair);
    namePairs.push(pair);
  }
  problems.push(...checkRenderings(termPairs, glossaryRenderings(content.glossary)));
  if (content.names) {
    problems.push(...checkRenderings(namePairs, nameRenderings(content.names), { kind: 'name', caseSensitive: true }));
  }
  return problems;
}

/** One problem when the figures of an English text and its Chinese source differ, naming both figures. */
function figureProblem(
  file: string,
  field: string,
  chinese: string,
  english: string,
  complete: boolean,
  paragraph?: number,
  source = `“${chinese}”`,
): string[] {
  const { missing, extra } = compareFigures(chinese, english, { complete });
  if (missing.length === 0 && extra.length === 0) return [];
  const parts = [
    ...(missing.length > 0 ? [`the Chinese states ${describeFigures(missing)}, the English does not`] : []),
    ...(extra.length > 0 ? [`the English states ${describeFigures(extra)}, the Chinese does not`] : []),
  ];
  const where = paragraph === undefined ? `\`${field}\`` : `\`${field}\` ¶${paragraph}`;
  return [`${file}: ${where}: figures differ: ${parts.join('; ')} (Chinese: ${source})`];
}

/**
 * Every figure of the Chinese is in its English rendering, correctly converted, and the English states
 * no figure of its own (see figures.ts): titles, names, paragraphs (¶N), summaries and commitments.
 */
function checkFigures(content: ContentToCheck, stale: Map<string, Staleness>): string[] {
  const problems: string[] = [];
  for (const [original, heading, name, paragraphs] of pagesOf(content)) {
    const translation = content.translations.get(original.filePath);
    if (!translation) continue; // reported by checkTranslation
    const { filePath: file, data } = translation;
    // A part whose Chinese changed is reported as out of date (or pending), not compared.
    const staleness = stale.get(original.filePath);
    if (staleness?.unstamped && planTranslationState(content) === 'in-progress') continue;
    if (heading !== undefined && data.title !== undefined && !staleness?.title)
      problems.push(...figureProblem(file, 'title', heading, data.title, true));
    if (name !== undefined && data.name !== undefined && !staleness?.title)
      problems.push(...figureProblem(file, 'name', name, data.name, true));
    paragraphs.forEach((paragraph, index) => {
      const english = data.paragraphs[index];
      if (english !== undefined && !staleness?.paragraphs.includes(index + 1))
        problems.push(...figureProblem(file, 'paragraphs', paragraph, english, true, index + 1));
    });
    if (data.summary !== undefined && !staleness) {
      const chinese = [heading ?? '', name ?? '', ...paragraphs].join('\n');
      problems.push(...figureProblem(file, 'summary', chinese, data.summary, false, undefined, original.filePath));
    }
  }
  for (const { id, filePath, data } of content.commitments)
    problems.push(...figureProblem(`${filePath} (${id})`, 'en', data.zh, data.en, true));
  return problems;
}

export function checkContent(content: ContentToCheck): string[] {
  const problems: string[] = [];
  const inProgress = planTranslationState(content) === 'in-progress';
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
  const stale = staleTranslations(content);
  problems.push(...checkTranslationVersions(content, stale));
  problems.push(...checkFigures(content, stale));
  problems.push(...checkPageRenderings(content));
  for (const update of content.statusUpdates) {
    if (!seenIds.has(update.data.commitment))
      problems.push(problem(update.filePath, 'commitment', `no commitment “${update.data.commitment}”`));
  }
  return problems;
}
