/**
 * The shared glossary and proper names (content/glossary.yaml, content/names.yaml): every entry occurs in some
 * plan's text, so that none is an orphan. Both are shared, so an entry need not occur in every plan.
 */
import type { ContentToCheck } from './content-to-check.ts';
import { invisibleCharacters } from '#src/schemas/plain-text.ts';
import { problem } from './problem.ts';

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

/** Forms with an invisible or bidirectional control character: they would never match the text, or match it unseen. */
function invisibleForms(at: string, fields: Record<string, string | string[]>): string[] {
  return Object.entries(fields).flatMap(([field, value]) =>
    (Array.isArray(value) ? value.map((form, index) => [`${field}[${index}]`, form]) : [[field, value]]).flatMap(([name, form]) => {
      const invisible = invisibleCharacters(form);
      return invisible === undefined ? [] : [problem(at, name, invisible)];
    }),
  );
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
    problems.push(...invisibleForms(at, { zh: data.zh, aliases: data.aliases, enForms: data.enForms }));
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
  return names.flatMap(({ id, filePath, data }) => [
    ...invisibleForms(`${filePath} (${id})`, { zh: data.zh, aliases: data.aliases, en: data.en, enForms: data.enForms }),
    ...missingChineseForms(`${filePath} (${id})`, data, texts),
  ]);
}
