/**
 * Pagefind loads its index chunks with the global fetch and, when one fails, logs “Failed to load the index chunk”
 * and searches on without it: the search then finds nothing, and the page would tell the reader to try another
 * word. Watching the fetches under Pagefind's folder lets the engine tell a failed load from an empty result.
 */
const failures: string[] = [];
let watched: string | undefined;

/** Records every fetch under `folder` (Pagefind's URL folder) that fails or is answered with an error status. */
export function watchFetchesUnder(folder: string): void {
  if (watched !== undefined) return;
  watched = new URL(folder, location.href).href;
  const original = globalThis.fetch.bind(globalThis);
  globalThis.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href).href;
    if (!url.startsWith(watched!)) return original(input, init);
    try {
      const response = await original(input, init);
      if (!response.ok) failures.push(`${url}: ${response.status}`);
      return response;
    } catch (error) {
      failures.push(`${url}: ${error instanceof Error ? error.message : String(error)}`);
      throw error;
    }
  };
}

/** How many failed fetches have been seen so far: a search compares the figure before and after. */
export const failedFetchCount = () => failures.length;

/** The failures seen since `count`, for the console. */
export const failedFetchesSince = (count: number) => failures.slice(count);
