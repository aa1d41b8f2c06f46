/**
 * Builds the Pagefind search index after every `astro build`.
 * Astro empties the output folder on each build, so indexing belongs to the build itself.
 * Pagefind reads each page's `<html lang>` and writes one index per language.
 * Pages' fragments are written in shared files of about 80 pages each, a road's pages together (src/integrations/pagefind/fragment-files.ts).
 * It also lists the files a first search reads, for the header's search box to fetch early (preload-list.ts).
 * Any error Pagefind reports fails the build.
 * Under `astro dev` the last build's index is served (src/integrations/pagefind/dev-server.ts).
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { LOCALE_KEYS } from '#src/i18n/locales.ts';
import { fragmentFilesPerLanguage, fragmentOrder, searchTagsOf } from './fragment-files.ts';
import { indexedHtml } from './index-html.ts';
import { PRELOAD_LIST, preloadList } from './preload-list.ts';
import { serveLastBuildIndex } from './dev-server.ts';

/** Every built page with its text, and its plan and road as its search filters hold them. */
function builtPages(outDir: string) {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const content = readFileSync(join(outDir, file), 'utf8');
      return { file, content, ...searchTagsOf(content) };
    });
}

/** How many pages Pagefind indexed, over its languages (pages without data-pagefind-body are left out). */
function indexedPageCount(bundle: string): number {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

function fail(step: string, errors: string[]): never {
  throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

export function pagefindIndex(): AstroIntegration {
  let outDir = 'dist';
  let base = '/';
  return {
    name: 'eight-roads:pagefind-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base;
      },
      'astro:server:setup': ({ server, logger }) => serveLastBuildIndex(server.middlewares, { outDir, base, logger }),
      'astro:build:done': async ({ dir, pages, logger }) => {
        const outDir = fileURLToPath(dir);
        const maxFragments = fragmentFilesPerLanguage(pages.length, LOCALE_KEYS.length);
        const { index, errors } = await pagefind.createIndex({ maxFragments });
        if (!index) fail('createIndex', errors);
        // Page by page, in an order of our own (addDirectory takes the disk's): see fragmentOrder. The paths are
        // relative to the output folder, which Pagefind turns into the pages' URLs wherever that folder is.
        for (const { file, content } of fragmentOrder(builtPages(outDir))) {
          const added = await index.addHTMLFile({ sourcePath: file, content: indexedHtml(content) });
          if (added.errors.length > 0) fail(`addHTMLFile (${file})`, added.errors);
        }
        const bundle = join(outDir, 'pagefind');
        const written = await index.writeFiles({ outputPath: bundle });
        if (written.errors.length > 0) fail('writeFiles', written.errors);
        await pagefind.close();
        writeFileSync(join(bundle, PRELOAD_LIST), JSON.stringify(preloadList(bundle)));
        const indexed = indexedPageCount(bundle);
        if (indexed === 0) fail('writeFiles', ['no page was indexed: is data-pagefind-body missing?']);
        logger.info(`indexed ${indexed} pages, their fragments in up to ${maxFragments} files per language`);
      },
    },
  };
}
