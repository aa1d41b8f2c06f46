/**
 * The English states nothing its Chinese does not, in two ways a script can see:
 * - currency: an English text names RMB or yuan no more often than its Chinese names 元 (a paragraph, a title,
 *   a commitment, and a summary against its whole page);
 * - names and terms in summaries: a summary uses a listed English name or glossary form only where its page's
 *   Chinese has that name or term, so that a summary adds no named thing of its own.
 * Pure: takes plain records, returns problems as “file: `field`: what is wrong”.
 */
import type { Rendering } from './consistent-renderings.ts';

/** One English text and the Chinese it renders. */
export interface RenderedText {
  /** The English file (and id), as named in messages. */
  file: string;
  /** The field, e.g. `summary`, `paragraphs` ¶2, `en`. */
  field: string;
  zh: string;
  en: string;
}

const CURRENCY = /\bRMB\b|\byuan\b/giu;

/** Problems where the English names a currency more often than the Chinese does. */
export function currencyProblems(texts: readonly RenderedText[]): string[] {
  const problems: string[] = [];
  for (const { file, field, zh, en } of texts) {
    const english = en.match(CURRENCY) ?? [];
    const chinese = zh.match(/元/gu) ?? [];
    if (english.length > chinese.length)
      problems.push(
        `${file}: ${field}: names a currency (${english.join(', ')}) ${english.length} time${english.length === 1 ? '' : 's'}, the Chinese (元) ${chinese.length}: where the Chinese names no currency, write e.g. “10 billion (currency not stated)”`,
      );
  }
  return problems;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Whether `form` occurs in `text` as whole words. */
function hasWords(text: string, form: string, caseSensitive: boolean): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(form)}(?![\\p{L}\\p{N}])`, caseSensitive ? 'u' : 'iu').test(text);
}

/** The zone itself: every page speaks of it (高新段, 不夜高新), so a summary may name it on any page. */
const IMPLIED_EVERYWHERE = new Set(['high-tech-zone', 'jining-high-tech-zone']);

/**
 * Problems where a summary uses the English form of a name or term whose Chinese its page does not have.
 * `renderings` are the glossary's and the names' (names matched case-sensitively).
 */
export function summaryAdditions(summaries: readonly RenderedText[], terms: readonly Rendering[], names: readonly Rendering[]): string[] {
  const problems: string[] = [];
  for (const { file, field, zh, en } of summaries) {
    for (const [kind, renderings, caseSensitive] of [
      ['term', terms, false],
      ['name', names, true],
    ] as const) {
      for (const rendering of renderings) {
        if (IMPLIED_EVERYWHERE.has(rendering.id) || rendering.zh.some((form) => zh.includes(form))) continue;
        const used = rendering.en.find((form) => hasWords(en, form, caseSensitive));
        if (used !== undefined)
          problems.push(
            `${file}: ${field}: uses “${used}”, the English of ${kind} “${rendering.id}” (${rendering.zh.join('/')}), which the Chinese of this page does not have`,
          );
      }
    }
  }
  return problems;
}

/** The part of the content these checks read (the shape of check-content.ts's ContentToCheck). */
export interface FactsContent {
  plan: { filePath: string; data: { title?: string; lede: string[] } };
  roads: { filePath: string; data: { heading?: string; name?: string; paragraphs: string[] } }[];
  initiatives: { filePath: string; data: { heading?: string; paragraphs: string[] } }[];
  translations: Map<string, { filePath: string; data: { title?: string; name?: string; summary?: string; paragraphs: string[] } }>;
  commitments: { id: string; filePath: string; data: { zh: string; en: string } }[];
  glossary: { id: string; data: { zh: string; aliases: string[]; enForms: string[] } }[];
  names?: { id: string; data: { zh: string; aliases: string[]; en: string; enForms: string[] } }[];
}

/** Both checks over a plan: every English text for currency, every summary for added names and terms. */
export function statedFactProblems(content: FactsContent): string[] {
  const originals = [
    { filePath: content.plan.filePath, heading: content.plan.data.title, name: undefined, paragraphs: content.plan.data.lede },
    ...content.roads.map(({ filePath, data }) => ({ filePath, heading: data.heading, name: data.name, paragraphs: data.paragraphs })),
    ...content.initiatives.map(({ filePath, data }) => ({ filePath, heading: data.heading, name: undefined, paragraphs: data.paragraphs })),
  ];
  const texts: RenderedText[] = [];
  const summaries: RenderedText[] = [];
  for (const original of originals) {
    const translation = content.translations.get(original.filePath);
    if (!translation) continue;
    const { filePath: file, data } = translation;
    const whole = [original.heading ?? '', original.name ?? '', ...original.paragraphs].join('\n');
    if (data.title !== undefined) texts.push({ file, field: '`title`', zh: original.heading ?? '', en: data.title });
    original.paragraphs.forEach((zh, index) => {
      const en = data.paragraphs[index];
      if (en !== undefined) texts.push({ file, field: `\`paragraphs\` ¶${index + 1}`, zh, en });
    });
    if (data.summary !== undefined) {
      const summary = { file, field: '`summary`', zh: whole, en: data.summary };
      texts.push(summary);
      summaries.push(summary);
    }
  }
  for (const { id, filePath, data } of content.commitments)
    texts.push({ file: `${filePath} (${id})`, field: '`en`', zh: data.zh, en: data.en });
  const terms = content.glossary.map(({ id, data }) => ({ id, zh: [data.zh, ...data.aliases], en: data.enForms }));
  const names = (content.names ?? []).map(({ id, data }) => ({ id, zh: [data.zh, ...data.aliases], en: [data.en, ...data.enForms] }));
  return [...currencyProblems(texts), ...summaryAdditions(summaries, terms, names)];
}
