/**
 * The search page's behaviour. Loaded only by /[lang]/search/. Pagefind itself is fetched on the
 * first search. Everything the reader typed is inserted as text, never as HTML.
 */
import { paragraphAnchorFor } from '#src/search/paragraph-anchor.ts';
import { readSearchState, writeSearchState, type SearchState } from '#src/search/url.ts';
import { fillTemplate } from '#src/client/fill-template.ts';
import { createEngine, SEARCH_TIMEOUT_MS, SearchTimeout, withTimeout, type PagefindData, type SearchHit } from './engine.ts';
import { element } from '#src/client/dom.ts';
import { presentResults, SEARCH_BLOCK_PREFIX, type Snippet } from '#src/search/snippet.ts';
import { segmentChinese } from '#src/search/query.ts';

type Language = 'zh' | 'en';

interface Strings {
  resultsOne: string;
  resultsMany: string;
  searching: string;
  failed: string;
  timeout: string;
  road: string;
  plan: string;
  sections: string;
  didYouMean: string;
}

/** Results shown at first, and added by each press of “More results”: each shown result is read from Pagefind. */
const SHOWN = 10;

interface PageConfig {
  language: Language;
  /** Pagefind's language code per site language: zh-hans, en. */
  pagefindLanguages: Record<Language, string>;
  /** Each language's path prefix: /zh/, /en/. */
  prefixes: Record<Language, string>;
  lexiconUrls: Record<Language, string>;
}

/** A query in the other language's script: Chinese on the English site, only Latin words on the Chinese one. */
function isOtherScript(query: string, language: Language): boolean {
  if (language === 'en') return /\p{Script=Han}/u.test(query);
  return !/\p{Script=Han}/u.test(query) && /\p{Script=Latin}{3,}/u.test(query) && !/^\s*[\d.,\s]*[a-z]{0,3}\s*$/iu.test(query);
}

/** A result's snippet: the page's own text, with the query's words in <mark>; inserted as text, never as HTML. */
function snippetNode(snippet: Snippet, language: Language): HTMLParagraphElement {
  const paragraph = element('p', {
    class: 'mt-1 [&_mark]:bg-(--color-focus) [&_mark]:text-(--color-focus-ink)',
    lang: language === 'zh' ? 'zh-Hans' : 'en',
    'data-search-snippet': '',
  });
  for (const part of snippet.parts) paragraph.append(part.marked ? element('mark', {}, part.text) : document.createTextNode(part.text));
  return paragraph;
}

/** A result; one from the other language's index links to the same place on the reader's language page. */
function renderResult(
  data: PagefindData,
  snippet: Snippet,
  language: Language,
  strings: Strings,
  counterpart = (url: string) => url,
): HTMLLIElement {
  const item = element('li', { 'data-search-result': '' });
  // The snippet's paragraph when it is one of the page's own anchors, else the paragraph of the first match.
  const block =
    snippet.block && !snippet.block.startsWith(SEARCH_BLOCK_PREFIX) && /^p\d+$/u.test(snippet.block) ? snippet.block : undefined;
  const anchor = block ?? paragraphAnchorFor(data.anchors, data.locations);
  const type = data.filters?.type?.[0];
  if (type) item.append(element('p', { class: 'text-sm font-semibold text-(--color-muted)', 'data-search-type': '' }, type));
  const heading = element('h2', { class: 'text-xl font-bold' });
  // A glossary term's title is the Chinese term, on either site.
  const titleLang: Record<string, string> = data.meta.english ? { lang: 'zh-Hans' } : {};
  heading.append(
    element('a', { href: counterpart(anchor ? `${data.url}#${anchor}` : data.url), ...titleLang }, data.meta.title ?? data.url),
  );
  // A glossary term: the term, then its English.
  if (data.meta.english) heading.append(' ', element('span', { class: 'font-normal', lang: 'en' }, data.meta.english));
  item.append(heading);
  if (data.meta.plan) item.append(element('p', { class: 'text-sm text-(--color-muted)' }, `${strings.plan}: ${data.meta.plan}`));
  if (data.meta.road) item.append(element('p', { class: 'text-sm text-(--color-muted)' }, `${strings.road}: ${data.meta.road}`));
  item.append(snippetNode(snippet, language));
  const sections = data.sub_results.filter((sub) => sub.url !== data.url && !sub.url.endsWith('#main-content'));
  if (sections.length > 0) {
    const list = element('ul', { class: 'mt-2 list-disc space-y-1 pl-5 text-sm', 'aria-label': strings.sections });
    for (const sub of sections.slice(0, 3)) {
      const li = element('li');
      li.append(element('a', { href: counterpart(sub.url) }, sub.title));
      list.append(li);
    }
    item.append(list);
  }
  return item;
}

export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search]');
  if (!root) return;
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const roadSelect = form.querySelector<HTMLSelectElement>('select[name="road"]')!;
  // The plan filter exists only when the site has several plans.
  const planSelect = form.querySelector<HTMLSelectElement>('select[name="plan"]');
  const typeSelect = form.querySelector<HTMLSelectElement>('select[name="type"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const emptyMessage = root.querySelector<HTMLElement>('[data-search-empty]')!;
  const noneMessage = root.querySelector<HTMLElement>('[data-search-none]')!;
  // “No results. Try another word”: said only when the search ran; a failed one offers the browse link alone.
  const noResults = noneMessage.querySelector<HTMLElement>('[data-search-no-results]')!;
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const config = JSON.parse(root.dataset.config ?? '{}') as PageConfig;
  const didYouMean = root.querySelector<HTMLElement>('[data-search-suggestion]')!;
  const otherHeading = root.querySelector<HTMLElement>('[data-search-other-heading]')!;
  const otherList = root.querySelector<HTMLOListElement>('[data-search-other-results]')!;
  const moreButton = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const otherMoreButton = root.querySelector<HTMLButtonElement>('[data-search-other-more]')!;
  const own = config.language;
  const otherLanguage: Language = own === 'zh' ? 'en' : 'zh';
  const engine = createEngine(
    {
      pagefind: root.dataset.pagefindUrl!,
      t2s: root.dataset.t2sUrl!,
      lexicon: (language) => config.lexiconUrls[language],
      prefix: (language) => config.prefixes[language],
    },
    own,
    (language) => config.pagefindLanguages[language],
  );
  const counterpart = (url: string) => url.replace(config.prefixes[otherLanguage], config.prefixes[own]);
  let latest = 0;

  /** Filter values the page does not offer (from an edited URL) are ignored rather than matching nothing. */
  const offered = (select: HTMLSelectElement, value: string) => ([...select.options].some((option) => option.value === value) ? value : '');

  const show = (state: SearchState) => {
    input.value = state.query;
    roadSelect.value = state.road;
    typeSelect.value = state.type;
    if (planSelect) planSelect.value = state.plan;
  };
  const readState = (params: URLSearchParams): SearchState => {
    const state = readSearchState(params);
    return {
      ...state,
      road: offered(roadSelect, state.road),
      type: offered(typeSelect, state.type),
      plan: planSelect ? offered(planSelect, state.plan) : '',
    };
  };

  // The language switch keeps the search: the other language's search page gets the same query.
  const languageSwitch = document.querySelector<HTMLAnchorElement>('[data-language-switch]');
  const keepQueryInLanguageSwitch = (state: SearchState) => {
    if (languageSwitch) languageSwitch.search = writeSearchState({ ...state, road: '', type: '' }); // the plan slug is the same in both languages;
  };

  /** Reads the next results of a list from Pagefind, for display. */
  const loadFrom = (hits: SearchHit[], from: number) => Promise.all(hits.slice(from, from + SHOWN).map((hit) => hit.load()));

  /**
   * Shows a list's first results (already read); “More results” reads and adds the next ones, and stays while
   * more are left. A press moves focus to the first added result, so a keyboard reader continues from there.
   */
  const showResults = (
    target: HTMLOListElement,
    button: HTMLButtonElement,
    hits: SearchHit[],
    first: PagefindData[],
    render: (batch: PagefindData[]) => HTMLLIElement[],
  ) => {
    const ticket = latest;
    let shown = first.length;
    target.replaceChildren(...render(first));
    button.hidden = shown >= hits.length;
    button.onclick = () => {
      void loadFrom(hits, shown).then((batch) => {
        if (ticket !== latest) return; // A newer search has replaced these results.
        const items = render(batch);
        shown += batch.length;
        target.append(...items);
        button.hidden = shown >= hits.length;
        items[0]?.querySelector('a')?.focus();
      });
    };
  };

  async function search(state: SearchState, ticket: number): Promise<void> {
    const filters: Record<string, string> = {};
    if (state.road) filters.road = state.road;
    if (state.type) filters.type = state.type;
    if (state.plan) filters.plan = state.plan;
    const found = await engine.searchLanguage(own, state.query, filters);
    // The other language's index: when this one finds nothing, or the query is in the other language's script.
    const other =
      found.count === 0 || isOtherScript(state.query, own)
        ? await engine.searchLanguage(otherLanguage, state.query, state.plan ? { plan: state.plan } : {})
        : { results: [], count: 0 };
    const ownUrls = new Set(found.results.map((data) => data.url));
    const otherResults = other.results.filter((data) => !ownUrls.has(counterpart(data.url)));
    const [ownFirst, otherFirst] = await Promise.all([loadFrom(found.results, 0), loadFrom(otherResults, 0)]);
    if (ticket !== latest) return; // A newer search has started.
    if (found.corrected) {
      // “Did you mean …?” with the suggestion as a link that searches it.
      const [before, after] = fillTemplate(strings.didYouMean, { suggestion: '\u0000' }).split('\u0000');
      const link = element('a', { href: `${location.pathname}${writeSearchState({ ...state, query: found.corrected })}` }, found.corrected);
      didYouMean.replaceChildren(before, link, after ?? '');
      didYouMean.hidden = false;
    }
    const count = found.count + otherResults.length;
    status.textContent = fillTemplate(count === 1 ? strings.resultsOne : strings.resultsMany, { count, query: state.query });
    noneMessage.hidden = count > 0;
    noResults.hidden = false;
    const rendered = (language: Language, link?: (url: string) => string) => (batch: PagefindData[]) =>
      presentResults(batch, state.query, language, segmentChinese).map(({ data, snippet }) =>
        renderResult(data, snippet, language, strings, link),
      );
    showResults(list, moreButton, found.results, ownFirst, rendered(own));
    otherHeading.hidden = otherResults.length === 0;
    showResults(otherList, otherMoreButton, otherResults, otherFirst, rendered(otherLanguage, counterpart));
  }

  async function run(state: SearchState): Promise<void> {
    keepQueryInLanguageSwitch(state);
    const ticket = ++latest;
    list.replaceChildren();
    otherList.replaceChildren();
    otherHeading.hidden = true;
    moreButton.hidden = true;
    otherMoreButton.hidden = true;
    didYouMean.hidden = true;
    noneMessage.hidden = true;
    emptyMessage.hidden = state.query !== '';
    if (state.query === '') {
      status.textContent = '';
      return;
    }
    status.textContent = strings.searching;
    try {
      await withTimeout(search(state, ticket), SEARCH_TIMEOUT_MS);
    } catch (error) {
      engine.reset(); // The next search loads afresh instead of waiting on what failed.
      if (ticket !== latest) return;
      status.textContent = error instanceof SearchTimeout ? strings.timeout : strings.failed;
      noneMessage.hidden = false;
      noResults.hidden = true;
      console.warn('search failed', error);
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const state = readState(
      new URLSearchParams([...new FormData(form)].map(([name, value]) => [name, typeof value === 'string' ? value : ''])),
    );
    history.pushState(null, '', `${location.pathname}${writeSearchState(state)}`);
    void run(state);
  });
  for (const select of [roadSelect, typeSelect, planSelect]) select?.addEventListener('change', () => form.requestSubmit());
  window.addEventListener('popstate', () => {
    const state = readState(new URLSearchParams(location.search));
    show(state);
    void run(state);
  });

  const initial = readState(new URLSearchParams(location.search));
  show(initial);
  if (location.search) void run(initial);
}
