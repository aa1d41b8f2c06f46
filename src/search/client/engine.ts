/**
 * Pagefind and the search lexicons, loaded on the first search, with a time limit and a retry:
 * a load that failed or hung is dropped, so the next search starts afresh instead of reusing it.
 * One index per language; the other language's index is merged in only when a search needs it.
 */
import type { Anchor } from '#src/search/paragraph-anchor.ts';
import { failedFetchCount, failedFetchesSince, watchFetchesUnder } from './failed-fetches.ts';
import { expandQuery, queryWords, suggestQuery, unknownWords, type SearchLexicon } from '#src/search/expand.ts';
import {
  chineseBigrams,
  figureCommitmentFirst,
  placeTerms,
  interleaveResults,
  topicPageFirst,
  mergeResults,
  PASTED_WORDS,
  refineResults,
  requiredWords,
  searchesFor,
  segmentChinese,
  simplify,
} from '#src/search/query.ts';

type Language = 'zh' | 'en';

/** A commitment's own page: /<lang>/<plan>/commitments/<id>/. */
const isCommitmentResult = (hit: { url: string }) => /\/commitments\/[^/]+\/$/u.test(hit.url);

/**
 * A reference page, about one word rather than what the plan does: a glossary term's (/<lang>/glossary/<id>/), a
 * place's (/<lang>/places/<id>/) and the places index.
 */
const isTermResult = (hit: { url: string }) => /\/(?:glossary\/[^/]+|places(?:\/[^/]+)?)\/$/u.test(hit.url);

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  filters?: Record<string, string[]>;
  locations: number[];
  anchors: (Anchor & { element: string; text: string })[];
  sub_results: PagefindSubResult[];
}

interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}

interface PagefindSearch {
  search(query: string, options: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

interface Pagefind extends PagefindSearch {
  options(options: Record<string, unknown>): Promise<void>;
  createInstance(options: Record<string, unknown>): PagefindSearch & {
    mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
  };
}

export interface EngineUrls {
  pagefind: string;
  t2s: string;
  /** The lexicon of one language: /search/en.json. */
  lexicon: (language: Language) => string;
  /** The path every page of one language starts with: /en/. */
  prefix: (language: Language) => string;
}

/**
 * A result ranked but not yet read for display: its excerpt and anchors come from Pagefind's data(), which
 * costs a fragment read and an excerpt per page, so the page calls load() only for the results it shows.
 */
export interface SearchHit {
  /** The page's URL, which also identifies it across the searches of one query. */
  id: string;
  url: string;
  /** The page's title (a commitment's statement, a glossary term) and, for a term, its English. */
  title?: string;
  english?: string;
  load: () => Promise<PagefindData>;
}

export interface LanguageResults {
  results: SearchHit[];
  /** How many pages matched (more than are shown when Pagefind found many). */
  count: number;
  /** The nearest words that were searched instead of a word the site lacks: “Did you mean …?”. */
  corrected?: string;
}

export const MAX_RESULTS = 20;

/**
 * How many of a Chinese query's candidates are read to check that they hold its words verbatim: reading a page
 * not read before is the slowest step of a query, so 20 at first, up to 40 when 20 hold too few.
 */
const CHECKED = 20;
const CHECKED_MAX = 40;

/** Reciprocal rank fusion's offset: large, so that being found by one more search outweighs any rank. */
const FUSION_OFFSET = 20;

/** A long query's words in three runs of consecutive words. */
const thirds = (words: string[]) => {
  const size = Math.ceil(words.length / 3);
  return [0, 1, 2].map((part) => words.slice(part * size, (part + 1) * size).join(' ')).filter(Boolean);
};
/** How long a search may take, loading included, before the page says so. */
export const SEARCH_TIMEOUT_MS = 15_000;

export class SearchTimeout extends Error {}

/** A part of the index failed to load during a search: its results are incomplete, so none are shown. */
export class IndexUnavailable extends Error {}

/** Rejects with SearchTimeout when the promise takes longer than the limit. */
export async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SearchTimeout(`search took longer than ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, limit]);
  } finally {
    clearTimeout(timer);
  }
}

const fetchJson = async <T>(url: string): Promise<T> => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
};

export function createEngine(urls: EngineUrls, ownLanguage: Language, pagefindLanguage: (language: Language) => string) {
  let attempt = 0;
  let pagefind: Promise<Pagefind> | undefined;
  let other: Promise<PagefindSearch> | undefined;
  const lexicons = new Map<string, Promise<SearchLexicon>>();
  let traditionalPairs: Promise<string> | undefined;
  // Pagefind's index, filter and fragment files are all in the folder of pagefind.js.
  watchFetchesUnder(new URL('./', new URL(urls.pagefind, location.href)).href);

  // A fresh URL on a retry: a module whose load failed or hung is not imported again from the module map.
  // On the main thread (noWorker): a query makes several searches and reads up to 40 results, and in Pagefind's
  // web worker each is a message round trip with the page's text copied back.
  const loadPagefind = () =>
    (pagefind ??= import(/* @vite-ignore */ attempt === 0 ? urls.pagefind : `${urls.pagefind}?attempt=${attempt}`).then(
      async (module: Pagefind) => {
        await module.options({ excerptLength: 24, noWorker: true });
        return module;
      },
    ));

  // The other language's index, merged into a second instance (“./” because Pagefind skips a path equal to its own).
  const loadOther = () =>
    (other ??= loadPagefind().then(async (module) => {
      const instance = module.createInstance({ excerptLength: 24, noWorker: true });
      await instance.mergeIndex(`${new URL('./', new URL(urls.pagefind, location.href)).pathname}./`, {
        language: pagefindLanguage(ownLanguage === 'zh' ? 'en' : 'zh'),
      });
      return instance;
    }));

  const loadLexicon = (language: Language) => {
    if (!lexicons.has(language)) lexicons.set(language, fetchJson<SearchLexicon>(urls.lexicon(language)));
    return lexicons.get(language)!;
  };

  const loadTraditionalPairs = () =>
    (traditionalPairs ??= fetchJson<{ pairs: string }>(urls.t2s).then(
      (table) => table.pairs,
      () => '',
    ));

  /** Forgets whatever failed or hung, so that the next search loads it again. */
  const reset = () => {
    attempt += 1;
    pagefind = undefined;
    other = undefined;
    lexicons.clear();
  };

  // A page's URL and text do not depend on the query: kept once read, by Pagefind's id, so that ranking and
  // checking Chinese matches call Pagefind's data() (a fragment read and an excerpt, the bulk of a query's
  // time when profiled) only once per page; the results shown are read again for their excerpts.
  const pages = new Map<string, { url: string; content: string; title?: string; english?: string }>();

  /** A result's URL and text, reading data() only for a page not seen before (its data is then this query's). */
  async function read(result: PagefindResult) {
    const known = pages.get(result.id);
    if (known) return { result, ...known, data: undefined };
    const data = await result.data();
    const page = { url: data.url, content: data.content, title: data.meta.title, english: data.meta.english };
    pages.set(result.id, page);
    return { result, ...page, data };
  }

  const toHit = ({ result, url, title, english, data }: Awaited<ReturnType<typeof read>>): SearchHit => ({
    id: url,
    url,
    title,
    english,
    load: data ? () => Promise.resolve(data) : () => result.data(),
  });

  /**
   * Pagefind's results for one reading of the query. Chinese pages must hold its words verbatim; the
   * query's two-character pieces (for a query that Pagefind splits differently from the text) are
   * searched only when the query and its words find too little.
   */
  async function searchOne(
    index: PagefindSearch,
    language: Language,
    query: string,
    filters: Record<string, string>,
    wanted: (data: { url: string }) => boolean,
  ) {
    const words = language === 'zh' ? requiredWords(query, segmentChinese) : [];
    const bigrams = chineseBigrams(query);
    const pieces = bigrams !== query ? bigrams : '';
    const run = async (texts: string[]) => {
      const lists = (await Promise.all(texts.map((text) => index.search(text, { filters })))).map((search) => search.results);
      return words.length >= PASTED_WORDS ? interleaveResults(lists) : mergeResults(lists);
    };
    // Chinese pages must hold the query's words: the first candidates are read to check, and more only when
    // too few of them do. The merged index also returns the reader's own pages, which `wanted` drops.
    const check = async (list: PagefindResult[]) => {
      const readFirst = async (size: number) =>
        refineResults((await Promise.all(list.slice(0, size).map(read))).filter(wanted), query, words);
      const first = await readFirst(CHECKED);
      return first.length >= 3 || list.length <= CHECKED ? first : readFirst(CHECKED_MAX);
    };
    if (language === 'en' || language !== ownLanguage) {
      const found = await run(searchesFor(query, words));
      // The reader's own pages already read once are skipped unread.
      const unwanted = (result: PagefindResult) => pages.has(result.id) && !wanted(pages.get(result.id)!);
      const candidates = found.filter((result) => !unwanted(result));
      const checked = language === 'zh' ? check(candidates) : Promise.all(candidates.slice(0, MAX_RESULTS).map(read));
      const results = refineResults((await checked).filter(wanted), query, words).map(toHit);
      return { results, count: language === ownLanguage ? found.length : results.length };
    }
    let found = await run(searchesFor(query, words).filter((text) => !pieces || text !== pieces));
    let checked = await check(found);
    if (checked.length < 3 && pieces) {
      found = mergeResults([found, await run([pieces])]);
      checked = await check(found);
    }
    return { results: checked.slice(0, MAX_RESULTS).map(toHit), count: checked.length };
  }

  /**
   * A query of several words that finds little: search it once without each word in turn, and rank
   * pages by how many of those searches found them (a question with a stray word). A longer one (a pasted
   * sentence, a news story's paraphrase) is searched as its three parts instead: a page need not hold the
   * story's framing (“Jining High-tech Zone plans to …”) to be the one it is about.
   */
  async function searchLeavingOneOut(
    index: PagefindSearch,
    query: string,
    filters: Record<string, string>,
    wanted: (data: { url: string }) => boolean,
  ) {
    const words = queryWords(query);
    if (words.length < 3) return [];
    const texts = words.length <= 8 ? words.map((_, skip) => words.filter((__, i) => i !== skip).join(' ')) : thirds(words);
    const searches = await Promise.all(texts.map((text) => index.search(text, { filters })));
    // Found by more of the searches first; among those, ranked higher in them (reciprocal rank fusion).
    const hits = new Map<string, { result: PagefindResult; score: number }>();
    for (const { results } of searches) {
      results.slice(0, MAX_RESULTS).forEach((result, rank) => {
        hits.set(result.id, { result, score: (hits.get(result.id)?.score ?? 0) + 1 / (FUSION_OFFSET + rank) });
      });
    }
    const ranked = [...hits.values()].sort((a, b) => b.score - a.score).slice(0, MAX_RESULTS);
    return (await Promise.all(ranked.map(({ result }) => read(result)))).filter(wanted).map(toHit);
  }

  /**
   * Searches one language's index for the reader's query: its readings in the site's words
   * (expandQuery), best first, until one finds enough; a typo's nearest words when the site lacks a word.
   */
  async function searchLanguage(language: Language, typed: string, filters: Record<string, string>): Promise<LanguageResults> {
    const failedBefore = failedFetchCount();
    const found = await searchLanguageOnce(language, typed, filters);
    const failed = failedFetchesSince(failedBefore);
    if (failed.length > 0) throw new IndexUnavailable(`Pagefind could not load ${failed.join(', ')}`);
    return found;
  }

  async function searchLanguageOnce(language: Language, typed: string, filters: Record<string, string>): Promise<LanguageResults> {
    const hasChinese = /\p{Script=Han}/u.test(typed);
    const [index, lexicon, pairs] = await Promise.all([
      language === ownLanguage ? loadPagefind() : loadOther(),
      loadLexicon(language),
      hasChinese ? loadTraditionalPairs() : '',
    ]);
    const readings = expandQuery(simplify(typed, pairs), lexicon, segmentChinese, language);
    if (readings.length === 0) return { results: [], count: 0 };
    // A word the site has in no form is likely a typo: its nearest words are tried first in a short query.
    const suggestion = unknownWords(readings[0], lexicon).length > 0 ? suggestQuery(readings[0], lexicon) : undefined;
    const short = queryWords(readings[0]).length <= 4;
    const queries = suggestion ? (short ? [suggestion, ...readings] : [...readings, suggestion]) : readings;
    // The merged instance answers from both indexes: keep the language asked for.
    const wanted = (data: { url: string }) => data.url.startsWith(urls.prefix(language));
    const lists: SearchHit[][] = [];
    let count = 0;
    let corrected: string | undefined;
    for (const query of queries) {
      const found = await searchOne(index, language, query, filters, wanted);
      if (found.count > 0 && count === 0 && query === suggestion) corrected = suggestion;
      lists.push(found.results);
      count += found.count;
      if (count >= 3) break; // The closest reading found enough; the others would only add noise.
    }
    if (count < 3 && language === 'en') {
      const relaxed = await searchLeavingOneOut(index, readings[0], filters, wanted);
      lists.push(relaxed);
      count += relaxed.length;
    }
    // The query in the site's words, filler words left out, ranks topic pages first; the typed one finds a quoted figure.
    const topicsFirst = topicPageFirst(mergeResults(lists), readings[0], (hit) => isCommitmentResult(hit) || isTermResult(hit));
    const results = figureCommitmentFirst(
      placeTerms(topicsFirst, readings[0], (hit) => (isTermResult(hit) ? [hit.title ?? '', hit.english ?? ''] : undefined)),
      simplify(typed, pairs),
      (hit) => (isCommitmentResult(hit) ? hit.title : undefined),
    );
    return {
      results: results.slice(0, MAX_RESULTS),
      count: results.length < MAX_RESULTS ? results.length : Math.max(count, results.length),
      corrected,
    };
  }

  return { searchLanguage, loadLexicon, reset };
}
