/**
 * The header's search box, before its form is sent: once a reader starts using it (focus, a tap), everything a first
 * search reads is fetched into the browser's cache, in parallel: the search page's own script and styles (read from
 * the page itself), Pagefind's runtime, wasm, entry, metadata and index chunks (src/integrations/pagefind/preload-list.ts),
 * the search lexicon, then the index's fragment files. As the reader types, the search page for the words so far is
 * prefetched, so that sending the form opens it from the cache. Without JavaScript the form works as it is.
 */
interface PreloadList {
  [pagefindLanguage: string]: { first: string[]; then: string[] };
}

/** A module's static and dynamic imports of its own folder, as the build writes them. */
const IMPORTS = /(?:from|import)\s*\(?\s*["'](\.\/[^"']+\.js)["']/gu;

const warm = (url: string) => fetch(url).then((response) => (response.ok ? response.text() : ''));

/** Fetches a module and the modules it imports, in parallel as they are found. */
async function warmModule(url: string, seen: Set<string>): Promise<void> {
  if (seen.has(url)) return;
  seen.add(url);
  const source = await warm(url);
  await Promise.all([...source.matchAll(IMPORTS)].map(([, path]) => warmModule(new URL(path, new URL(url, location.href)).href, seen)));
}

/** The search page's scripts and style sheets, read from its HTML. */
async function warmSearchPage(url: string): Promise<void> {
  const html = await warm(url);
  const seen = new Set<string>();
  const scripts = [...html.matchAll(/<script type="module" src="([^"]+)"/gu)].map(([, src]) => warmModule(src, seen));
  const styles = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/gu)].map(([, href]) => warm(href));
  await Promise.all([...scripts, ...styles]);
}

async function warmPagefind(listUrl: string, language: string): Promise<void> {
  const folder = new URL('./', new URL(listUrl, location.href));
  const list = ((await (await fetch(listUrl)).json()) as PreloadList)[language];
  if (!list) return;
  await Promise.all(list.first.map((file) => warm(new URL(file, folder).href)));
  // Fragments last: a query reads only some of them, and they should not slow the files every search needs.
  await Promise.all(list.then.map((file) => warm(new URL(file, folder).href)));
}

/** The search page for what the form would send now, prefetched as a document (and reused when the form is sent). */
function prefetchResults(form: HTMLFormElement): void {
  const query = new URLSearchParams(
    [...new FormData(form)].map(([name, value]) => [name, typeof value === 'string' ? value : '']),
  ).toString();
  const href = `${form.action}?${query}`;
  if (document.head.querySelector(`link[rel="prefetch"][href="${CSS.escape(href)}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'prefetch';
  link.href = href;
  document.head.append(link);
}

/** How long typing pauses before the search page for the words so far is prefetched. */
const TYPING_PAUSE_MS = 150;

export function preloadSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  if (!input) return;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    const { preloadList, indexLanguage = '', lexicon, t2s } = form.dataset;
    // Failures are left to the search page, which loads whatever is missing and reports its own errors.
    const quietly = (work: Promise<unknown>) => work.catch(() => undefined);
    void quietly(warmSearchPage(form.action));
    if (preloadList) void quietly(warmPagefind(preloadList, indexLanguage));
    for (const url of [lexicon, t2s]) if (url) void quietly(warm(url));
  };
  input.addEventListener('focus', start, { once: true });
  input.addEventListener('pointerdown', start, { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    if (input.value.trim() !== '') timer = setTimeout(() => prefetchResults(form), TYPING_PAUSE_MS);
  });
}
