/**
 * The files a first search reads, per language, for the header's search box to fetch as soon as a reader starts using
 * it (src/search/client/preload.ts): Pagefind's runtime, wasm, entry and metadata, the language's filter and index
 * chunks (`first`), then its fragment files (`then`), which only a query selects among. Written next to the bundle as
 * PRELOAD_LIST; paths are relative to the bundle's folder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const PRELOAD_LIST = 'preload.json';

export interface PreloadList {
  [pagefindLanguage: string]: { first: string[]; then: string[] };
}

export function preloadList(bundle: string): PreloadList {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; wasm: string | null }>;
  };
  const files = (folder: string, language: string) =>
    readdirSync(join(bundle, folder))
      .filter((file) => file.startsWith(`${language}_`))
      .sort()
      .map((file) => `${folder}/${file}`);
  return Object.fromEntries(
    Object.entries(entry.languages).map(([language, { hash, wasm }]) => [
      language,
      {
        first: [
          'pagefind.js',
          'pagefind-entry.json',
          `wasm.${wasm ?? 'unknown'}.pagefind`,
          `pagefind.${hash}.pf_meta`,
          ...files('filter', language),
          ...files('index', language),
        ],
        then: files('fragment', language),
      },
    ]),
  );
}
