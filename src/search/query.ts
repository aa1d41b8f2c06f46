/**
 * Chinese query handling around Pagefind, for its weak spots on Chinese (docs/search.md): Pagefind alone finds
 * nothing for Traditional characters, and matches a word that is not on the site (公园) on pages that merely
 * contain its characters (公办, 园区). Pure functions; the search page wires them up.
 */

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;

/** A Traditional → Simplified table as pairs of characters: “園园兒儿…”. */
export function simplify(text: string, pairs: string): string {
  if (!HAN.test(text) || pairs === '') return text;
  const table = new Map<string, string>();
  const characters = [...pairs];
  for (let index = 0; index + 1 < characters.length; index += 2) table.set(characters[index], characters[index + 1]);
  return [...text].map((character) => table.get(character) ?? character).join('');
}

/**
 * The Chinese words of a query that a page must contain verbatim: the words of two or more
 * Han characters, as the browser segments them. Single characters are too common to require.
 */
export function requiredWords(query: string, segment: (text: string) => string[]): string[] {
  const words = new Set<string>();
  for (const run of query.match(HAN_RUN) ?? []) {
    for (const word of segment(run)) if ([...word].length >= 2 && HAN.test(word)) words.add(word);
  }
  return [...words];
}

/** Segments Chinese text into words with the browser's (or Node's) Intl.Segmenter. */
let wordSegmenter: Intl.Segmenter | undefined;

export function segmentChinese(text: string): string[] {
  const segmenter = (wordSegmenter ??= new Intl.Segmenter('zh-Hans', { granularity: 'word' }));
  return [...segmenter.segment(text)].filter((part) => part.isWordLike).map((part) => part.segment);
}

/** Whether text holds the query verbatim, a figure not as the tail of a longer one (2万亩 is not in 1.2万亩). */
export function holdsVerbatim(content: string, compact: string): boolean {
  const startsWithDigit = /^\d/u.test(compact);
  for (let index = content.indexOf(compact); index >= 0; index = content.indexOf(compact, index + 1)) {
    if (!startsWithDigit || !/[\d.]/u.test(content[index - 1] ?? '')) return true;
  }
  return false;
}

/**
 * Keeps the results that contain every required word; if none does, those that contain at least
 * one, most words first (a pasted sentence rarely matches word for word); results that contain
 * the whole query verbatim come first. Order is otherwise Pagefind's.
 */
export function refineResults<T extends { content: string }>(results: T[], query: string, words: string[]): T[] {
  const compact = query.replace(/\s+/gu, '');
  const verbatimFirst = (list: T[]) => [
    ...list.filter((r) => holdsVerbatim(r.content, compact)),
    ...list.filter((r) => !holdsVerbatim(r.content, compact)),
  ];
  if (words.length === 0) return HAN.test(query) ? verbatimFirst(results) : results;
  const held = (result: T) => words.filter((word) => result.content.includes(word)).length;
  const some = results.filter((result) => held(result) > 0).sort((a, b) => held(b) - held(a));
  // A pasted sentence is rarely word for word: rank by words held rather than require them all.
  if (words.length >= PASTED_WORDS) return some;
  const all = results.filter((result) => held(result) === words.length);
  return verbatimFirst(all.length > 0 ? all : some);
}

/** From this many Chinese words a query is treated as pasted text. */
export const PASTED_WORDS = 5;

/** The overlapping two-character pieces of the query's Chinese runs: 万平方米 → “万平 平方 方米”. */
export function chineseBigrams(query: string): string {
  const pieces: string[] = [];
  for (const run of query.match(HAN_RUN) ?? []) {
    const characters = [...run];
    if (characters.length < 2) pieces.push(run);
    for (let index = 0; index + 1 < characters.length; index += 1) pieces.push(characters[index] + characters[index + 1]);
  }
  return pieces.join(' ');
}

/**
 * The searches to run for a query. Pagefind may split a Chinese query differently from the text
 * it indexed (70万平方米 and 平方米 found nothing on the page that says 70万平方米, but its
 * two-character pieces did), so each required word and the pieces are searched too;
 * refineResults then keeps only pages that really contain the words.
 */
export function searchesFor(query: string, words: string[]): string[] {
  const bigrams = chineseBigrams(query);
  return [...new Set([query, ...words, ...(bigrams ? [bigrams] : [])])];
}

/** Merges result lists in order, first list first, each result once. */
export function mergeResults<T extends { id: string }>(lists: T[][]): T[] {
  const seen = new Set<string>();
  return lists.flat().filter((result) => !seen.has(result.id) && seen.add(result.id));
}

/**
 * A short query names a topic (医院, Shantui, 5G基站); a long one quotes a text, such as a pasted
 * commitment. Length counts Han characters and Latin or numeric words; 5 or fewer is short.
 */
export function isShortQuery(query: string): boolean {
  const han = query.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latinWords = query.match(/[A-Za-z0-9]+/gu)?.length ?? 0;
  return han + latinWords <= 5;
}

/** How many topic pages (roads, initiatives, glossary…) a short query shows before the commitment pages. */
const TOPIC_PAGES_FIRST = 2;

/**
 * For a short query, the two best pages that are not commitments come first: a short query names a topic
 * (幼儿园, hospital), and the road or initiative pages cover it, with their commitments linked from there and
 * listed right after. A commitment page is short and ranks high on any word it contains, so Pagefind alone
 * would fill the top 3 with them. A long query keeps Pagefind's order, so a pasted statement finds its commitment.
 */
export function topicPageFirst<T>(results: T[], query: string, isCommitment: (result: T) => boolean): T[] {
  if (!isShortQuery(query)) return results;
  const topics = results.filter((result) => !isCommitment(result)).slice(0, TOPIC_PAGES_FIRST);
  return [...topics, ...results.filter((result) => !topics.includes(result))];
}

/** Merges result lists taking each list's next result in turn, so every word of a long query gets its best pages in. */
export function interleaveResults<T extends { id: string }>(lists: T[][]): T[] {
  const longest = Math.max(0, ...lists.map((list) => list.length));
  const turns: T[] = [];
  for (let index = 0; index < longest; index += 1) for (const list of lists) if (index < list.length) turns.push(list[index]);
  return mergeResults([turns]);
}

/** A query or a name as compared for an exact match: lower case, without spaces. */
const compactForm = (text: string) => text.toLowerCase().replace(/\s+/gu, '');

/**
 * A query that quotes a commitment's own figure phrase (“9 new public kindergartens”, “新建9个公办幼儿园”) leads with
 * that commitment: the commitments whose statement holds the whole query, when the query holds a figure.
 */
export function figureCommitmentFirst<T>(results: T[], query: string, statementOf: (result: T) => string | undefined): T[] {
  const compact = compactForm(query);
  if (!/\d/u.test(compact)) return results;
  const quoted = results.filter((result) => {
    const statement = statementOf(result);
    return statement !== undefined && holdsVerbatim(compactForm(statement), compact);
  });
  return [...quoted, ...results.filter((result) => !quoted.includes(result))];
}

/** Where a glossary term's page stands when the query is the term itself (or its English): after the best topic page. */
const EXACT_TERM_RANK = 1;

/** How many other results come before a term page that the query merely mentions. */
const TERM_AFTER = 3;

/**
 * Reference pages among the results (glossary terms, places): such a page explains a word, where the plan's pages say
 * what is done, so one the query names exactly comes second, and the others after the first TERM_AFTER other results.
 */
export function placeTerms<T>(results: T[], query: string, namesOf: (result: T) => string[] | undefined): T[] {
  const compact = compactForm(query);
  const terms = results.filter((result) => namesOf(result) !== undefined);
  const others = results.filter((result) => namesOf(result) === undefined);
  const exact = terms.filter((result) => namesOf(result)!.some((name) => compactForm(name) === compact));
  const rest = terms.filter((result) => !exact.includes(result));
  const placed = [...others];
  placed.splice(Math.min(TERM_AFTER, placed.length), 0, ...rest);
  placed.splice(Math.min(EXACT_TERM_RANK, placed.length), 0, ...exact);
  return placed;
}
