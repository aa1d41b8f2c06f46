/**
 * Builds the Pagefind search index after every `astro build`.
 * Astro empties the output folder on each build, so indexing belongs to the build itself.
 * Pagefind reads each page's `<html lang>` and writes one index per language.
 * Pages' fragments are written in shared files of about 20 pages each (src/lib/fragment-files.ts).
 * Any error Pagefind reports fails the build.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { LOCALE_KEYS } from '../i18n/locales.ts';
import { fragmentFilesPerLanguage } from '../lib/fragment-files.ts';

function fail(step: string, errors: string[]): never {
  throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'eight-roads:pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const outDir = fileURLToPath(dir);
        const maxFragments = fragmentFilesPerLanguage(pages.length, LOCALE_KEYS.length);
        const { index, errors } = await pagefind.createIndex({ maxFragments });
        if (!index) fail('createIndex', errors);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length > 0) fail('addDirectory', added.errors);
        if (added.page_count === 0) fail('addDirectory', ['no page was indexed: is data-pagefind-body missing?']);
        const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        if (written.errors.length > 0) fail('writeFiles', written.errors);
        await pagefind.close();
        logger.info(`indexed ${added.page_count} pages, their fragments in up to ${maxFragments} files per language`);
      },
    },
  };
}
