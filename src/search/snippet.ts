/**
 * The snippet a search result shows: a sentence (or clause) from one block of its page, as the page writes it, with
 * the query's words marked. Pagefind's own excerpt runs the page's blocks together (labels, headings, list items)
 * and drops their punctuation; the blocks themselves come with a result as its anchors (each text block has an id in
 * the index: src/integrations/pagefind/index-html.ts). A page that states its own line for search (a commitment's
 * statement, status and figure; a term's explanation) has it as its `summary` meta. Pure: the search page renders it.
 */

/** The ids the index gives text blocks that have none; they exist only in the index, never as link targets. */
export const SEARCH_BLOCK_PREFIX = 'search-block-';

export interface SnippetPart {
  text: string;
  marked: boolean;
}

export interface SnippetSource {
  anchors: { element: string; id: string; location: number; text: string }[];
  /** Pagefind's excerpt, whose <mark>s are the words it matched (stemmed, as the page writes them). */
  excerpt: string;
  meta: Record<string, string>;
}

type Language = 'zh' | 'en';

/** A snippet's longest length in characters, before it is cut to the clauses around its first match. */
export const SNIPPET_LENGTH: Record<Language, number> = { zh: 80, en: 200 };

const HAN = /\p{Script=Han}/u;
const HEADING = /^h[1-6]$/u;
const CLAUSE_END = /(?<=[，；：、,;:])/u;
const ELLIPSIS = '…';

/** What separates the parts of a page's summary line: a commitment's statement, status and figure. */
export const SUMMARY_SEPARATOR = ' · ';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** The words Pagefind marked in an excerpt. */
export function markedWords(excerpt: string): string[] {
  return [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/gu)].map((match) => match[1].trim()).filter(Boolean);
}

/**
 * The words to find and mark: the words Pagefind matched and the query's own. A single Chinese character is left
 * out unless it is the whole query: 园 split off 幼儿园 marks nothing on its own.
 */
export function snippetTerms(query: string, matched: string[], segment: (text: string) => string[]): string[] {
  const compact = query.replace(/\s+/gu, '');
  const queryWords = query
    .split(/\s+/u)
    .flatMap((word) => (HAN.test(word) ? [word, ...segment(word)] : [word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}%]+$/gu, '')]));
  const terms = new Set<string>();
  for (const word of [compact, ...queryWords, ...matched]) {
    const length = [...word].length;
    if (length === 0) continue;
    if (HAN.test(word) && length < 2 && word !== compact) continue;
    if (!HAN.test(word) && length < 2 && !/\d/u.test(word)) continue;
    terms.add(word.toLowerCase());
  }
  return [...terms].sort((a, b) => b.length - a.length);
}

/** A pattern that finds the terms in text; a Latin term also takes the rest of its word (kindergarten → kindergartens). */
function termPattern(terms: string[]): RegExp | undefined {
  if (terms.length === 0) return undefined;
  const alternatives = terms.map((term) => (HAN.test(term) ? escapeRegExp(term) : `(?<![\\p{L}\\p{N}])${escapeRegExp(term)}[\\p{L}]*`));
  return new RegExp(alternatives.join('|'), 'giu');
}

/** How well a text matches: distinct terms found first, then how often. */
function score(text: string, pattern: RegExp | undefined): number {
  if (!pattern) return 0;
  const found = [...text.matchAll(pattern)].map((match) => match[0].toLowerCase());
  return new Set(found).size * 100 + found.length;
}

/** A page's text blocks (paragraphs, list items, cells), in its order; headings only when it has nothing else. */
export function textBlocks(source: SnippetSource): { id: string; text: string }[] {
  const blocks = source.anchors
    .map((anchor) => ({ ...anchor, text: anchor.text.trim() }))
    .filter((anchor) => anchor.text !== '')
    .sort((a, b) => a.location - b.location);
  const body = blocks.filter((block) => !HEADING.test(block.element));
  return body.length > 0 ? body : blocks;
}

const sentenceSegmenters = new Map<Language, Intl.Segmenter>();

function sentences(text: string, language: Language): string[] {
  let segmenter = sentenceSegmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language === 'zh' ? 'zh-Hans' : 'en', { granularity: 'sentence' });
    sentenceSegmenters.set(language, segmenter);
  }
  return [...segmenter.segment(text)].map((part) => part.segment.trim()).filter(Boolean);
}

const lengthOf = (text: string) => [...text].length;

/** A sentence cut to the clauses around its first match, at most `length` characters, an ellipsis where it was cut. */
export function cutAround(sentence: string, pattern: RegExp | undefined, length: number): string {
  if (lengthOf(sentence) <= length) return sentence;
  const clauses = sentence.split(CLAUSE_END);
  const first = pattern ? Math.max(0, sentence.search(pattern)) : 0;
  let at = 0;
  for (let offset = 0; at < clauses.length - 1 && offset + clauses[at].length <= first; at += 1) offset += clauses[at].length;
  const size = (from: number, to: number) => lengthOf(clauses.slice(from, to).join(''));
  let [start, end] = [at, at + 1];
  while (end < clauses.length && size(start, end + 1) <= length) end += 1;
  while (start > 0 && size(start - 1, end) <= length) start -= 1;
  let text = clauses.slice(start, end).join('');
  let [cutStart, cutEnd] = [start > 0, end < clauses.length];
  if (lengthOf(text) > length) {
    // One clause longer than the limit: the characters around its match, a whole word at each end in English.
    const characters = [...text];
    const match = pattern ? Math.max(0, lengthOf(text.slice(0, Math.max(0, text.search(pattern))))) : 0;
    const from = Math.max(0, Math.min(match - Math.floor(length / 3), characters.length - length));
    text = characters.slice(from, from + length).join('');
    if (!HAN.test(text)) text = text.replace(from > 0 ? /^\S*\s+/u : /^/u, '').replace(/\s+\S*$/u, '');
    cutStart ||= from > 0;
    cutEnd ||= from + length < characters.length;
  }
  text = text.trim().replace(/\s*[，；：、,;:·]$/u, '');
  return `${cutStart ? ELLIPSIS : ''}${text}${cutEnd ? ELLIPSIS : ''}`;
}

/** Splits text into parts, marking the terms. */
export function markTerms(text: string, pattern: RegExp | undefined): SnippetPart[] {
  if (!pattern) return [{ text, marked: false }];
  const parts: SnippetPart[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), marked: false });
    parts.push({ text: match[0], marked: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), marked: false });
  return parts;
}

export interface Snippet {
  parts: SnippetPart[];
  /** The snippet's text, to compare results' snippets. */
  text: string;
  /** The block it was quoted from, when it was quoted from one. */
  block?: string;
  /** Whether it holds a word of the query. */
  matched: boolean;
}

/**
 * A result's snippet: its own `summary` line if it has one; else the best-matching sentence of the block that matches
 * the query best (the first block when none does). `skip` holds snippet texts already shown by a more specific result.
 */
export function buildSnippet(
  source: SnippetSource,
  query: string,
  language: Language,
  segment: (text: string) => string[],
  skip: ReadonlySet<string> = new Set(),
): Snippet {
  const pattern = termPattern(snippetTerms(query, markedWords(source.excerpt), segment));
  const length = SNIPPET_LENGTH[language];
  if (source.meta.summary) {
    // A commitment's line: its statement is cut if need be, its status and figure kept.
    const [statement, ...rest] = source.meta.summary.split(SUMMARY_SEPARATOR);
    const tail = rest.map((part) => `${SUMMARY_SEPARATOR}${part}`).join('');
    const text = cutAround(statement, pattern, Math.max(length / 2, length - lengthOf(tail))) + tail;
    return { parts: markTerms(text, pattern), text, matched: score(text, pattern) > 0 };
  }
  const candidates = textBlocks(source).flatMap((block, order) =>
    sentences(block.text, language).map((sentence) => ({ block: block.id, sentence, order, score: score(sentence, pattern) })),
  );
  const ranked = candidates.filter((candidate) => !skip.has(candidate.sentence)).sort((a, b) => b.score - a.score || a.order - b.order);
  const best = ranked[0];
  if (!best) return { parts: [], text: '', matched: false };
  const text = cutAround(best.sentence, pattern, length);
  return { parts: markTerms(text, pattern), text, block: best.block, matched: best.score > 0 };
}

/** A shown result: its data, and the snippet it shows. */
export interface PresentedResult<T> {
  data: T;
  snippet: Snippet;
}

/** How many results a road page that only repeats its initiative's passage stays out of. */
export const TOP_RESULTS = 3;

/**
 * The snippets of a list of results, in their order, except that a page whose matching passages are all on a more
 * specific page in the list (a road page repeating its initiative's summary and figures) does not repeat them in the
 * top results: it shows another of its matching sentences if it has one, and else a sentence of its own that does
 * not match, below the top results.
 */
export function presentResults<T extends SnippetSource & { url: string }>(
  results: T[],
  query: string,
  language: Language,
  segment: (text: string) => string[],
): PresentedResult<T>[] {
  const moreSpecific = (data: T) => results.filter((other) => other.url !== data.url && other.url.startsWith(data.url));
  const presented = results.map((data, rank) => {
    const specific = moreSpecific(data);
    if (specific.length === 0 || rank >= TOP_RESULTS)
      return { data, snippet: buildSnippet(data, query, language, segment), repeats: false };
    const shownThere = new Set(specific.flatMap((other) => textBlocks(other).flatMap((block) => sentences(block.text, language))));
    const own = buildSnippet(data, query, language, segment, shownThere);
    // A page with nothing of its own that matches still shows a sentence of its own, below the top results.
    return { data, snippet: own.text === '' ? buildSnippet(data, query, language, segment) : own, repeats: !own.matched };
  });
  const kept = presented.filter((result) => !result.repeats);
  const repeating = presented.filter((result) => result.repeats);
  const at = Math.min(TOP_RESULTS, kept.length);
  return [...kept.slice(0, at), ...repeating, ...kept.slice(at)].map(({ data, snippet }) => ({ data, snippet }));
}
