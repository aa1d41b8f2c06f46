/**
 * The search page's behaviour. Loaded only by /[lang]/search/. Pagefind itself is fetched on the
 * first search. Everything the reader typed is inserted as text, never as HTML.
 */
import { paragraphAnchorFor, type Anchor } from '../lib/paragraph-anchor.ts';
import { mergeResults, refineResults, requiredWords, searchesFor, segmentChinese, simplify } from '../lib/search-query.ts';
import { readSearchState, writeSearchState, type SearchState } from '../lib/search-url.ts';
import { fillTemplate } from '../lib/fill-template.ts';
import { element } from './dom.ts';

interface Strings {
  resultsOne: string;
  resultsMany: string;
  searching: string;
  failed: string;
  road: string;
  plan: string;
  sections: string;
}

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  locations: number[];
  anchors: (Anchor & { element: string; text: string })[];
  sub_results: PagefindSubResult[];
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(
    query: string,
    options: { filters?: Record<string, string> },
  ): Promise<{ results: { id: string; data(): Promise<PagefindData> }[] }>;
}

const MAX_RESULTS = 20;

/** Pagefind excerpts are built from our own pages' text, with matches wrapped in <mark>. */
function excerptNode(excerpt: string): HTMLParagraphElement {
  const paragraph = element('p', { class: 'mt-1 [&_mark]:bg-(--color-focus) [&_mark]:text-(--color-focus-ink)' });
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  // Keep only text and <mark>: anything else in an excerpt is flattened to its text.
  for (const node of [...template.content.childNodes]) {
    if (node.nodeName === 'MARK') paragraph.append(element('mark', {}, node.textContent ?? ''));
    else paragraph.append(document.createTextNode(node.textContent ?? ''));
  }
  return paragraph;
}

function renderResult(data: PagefindData, strings: Strings): HTMLLIElement {
  const item = element('li', { 'data-search-result': '' });
  const anchor = paragraphAnchorFor(data.anchors, data.locations);
  const heading = element('h2', { class: 'text-xl font-bold' });
  heading.append(element('a', { href: anchor ? `${data.url}#${anchor}` : data.url }, data.meta.title ?? data.url));
  item.append(heading);
  if (data.meta.plan) item.append(element('p', { class: 'text-sm text-(--color-muted)' }, `${strings.plan}: ${data.meta.plan}`));
  if (data.meta.road) item.append(element('p', { class: 'text-sm text-(--color-muted)' }, `${strings.road}: ${data.meta.road}`));
  item.append(excerptNode(data.excerpt));
  const sections = data.sub_results.filter((sub) => sub.url !== data.url && !sub.url.endsWith('#main-content'));
  if (sections.length > 0) {
    const list = element('ul', { class: 'mt-2 list-disc space-y-1 pl-5 text-sm', 'aria-label': strings.sections });
    for (const sub of sections.slice(0, 3)) {
      const li = element('li');
      li.append(element('a', { href: sub.url }, sub.title));
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
  const typeSelect = form.querySelector<HTMLSelectElement>('select[name="type"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const emptyMessage = root.querySelector<HTMLElement>('[data-search-empty]')!;
  const noneMessage = root.querySelector<HTMLElement>('[data-search-none]')!;
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  let pagefind: Promise<Pagefind> | undefined;
  let traditionalPairs: Promise<string> | undefined;
  let latest = 0;

  const loadPagefind = () =>
    (pagefind ??= import(/* @vite-ignore */ root.dataset.pagefindUrl!).then(async (module: Pagefind) => {
      await module.options({ excerptLength: 24 });
      return module;
    }));

  const loadTraditionalPairs = () =>
    (traditionalPairs ??= fetch(root.dataset.t2sUrl!)
      .then((response) => response.json() as Promise<{ pairs: string }>)
      .then((table) => table.pairs)
      .catch(() => ''));

  const show = (state: SearchState) => {
    input.value = state.query;
    roadSelect.value = state.road;
    typeSelect.value = state.type;
    // The plan filter exists only when the site has several plans.
    const planSelect = form.querySelector<HTMLSelectElement>('select[name="plan"]');
    if (planSelect) planSelect.value = state.plan;
  };

  // The language switch keeps the search: the other language's search page gets the same query.
  const languageSwitch = document.querySelector<HTMLAnchorElement>('[data-language-switch]');
  const keepQueryInLanguageSwitch = (state: SearchState) => {
    if (languageSwitch) languageSwitch.search = writeSearchState({ ...state, road: '', type: '' });
  };

  async function run(state: SearchState): Promise<void> {
    keepQueryInLanguageSwitch(state);
    const ticket = ++latest;
    list.replaceChildren();
    noneMessage.hidden = true;
    emptyMessage.hidden = state.query !== '';
    if (state.query === '') {
      status.textContent = '';
      return;
    }
    status.textContent = strings.searching;
    try {
      const filters: Record<string, string> = {};
      if (state.road) filters.road = state.road;
      if (state.type) filters.type = state.type;
      if (state.plan) filters.plan = state.plan;
      const hasChinese = /\p{Script=Han}/u.test(state.query);
      const [engine, pairs] = await Promise.all([loadPagefind(), hasChinese ? loadTraditionalPairs() : '']);
      const query = simplify(state.query, pairs);
      const words = requiredWords(query, segmentChinese);
      const searches = await Promise.all(searchesFor(query, words).map((text) => engine.search(text, { filters })));
      const found = mergeResults(searches.map((search) => search.results));
      // Chinese matches are checked against each page's text, so look further down Pagefind's list.
      const candidates = await Promise.all(found.slice(0, words.length > 0 ? 60 : MAX_RESULTS).map((result) => result.data()));
      const refined = refineResults(candidates, query, words);
      const results = refined.slice(0, MAX_RESULTS);
      if (ticket !== latest) return; // A newer search has started.
      const count = words.length > 0 ? refined.length : found.length;
      status.textContent = fillTemplate(count === 1 ? strings.resultsOne : strings.resultsMany, { count, query: state.query });
      noneMessage.hidden = count > 0;
      list.replaceChildren(...results.map((data) => renderResult(data, strings)));
    } catch (error) {
      if (ticket !== latest) return;
      status.textContent = strings.failed;
      noneMessage.hidden = false;
      console.warn('search failed', error);
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const state = readSearchState(
      new URLSearchParams([...new FormData(form)].map(([name, value]) => [name, typeof value === 'string' ? value : ''])),
    );
    history.pushState(null, '', `${location.pathname}${writeSearchState(state)}`);
    void run(state);
  });
  for (const select of [roadSelect, typeSelect]) select.addEventListener('change', () => form.requestSubmit());
  window.addEventListener('popstate', () => {
    const state = readSearchState(new URLSearchParams(location.search));
    show(state);
    void run(state);
  });

  const initial = readSearchState(new URLSearchParams(location.search));
  show(initial);
  if (location.search) void run(initial);
}
