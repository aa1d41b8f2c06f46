/**
 * Content loaders for YAML that refuse what Astro's glob() and file() let through: an empty file
 * (glob crashes without naming it), a duplicate id in a list (file() warns and drops one), and dates
 * turned into time-zoned Date objects by the parser (YAML here is read as 1.2 core: strings stay strings).
 * Any refusal throws, which stops the content sync and the build, naming the file.
 */
import { globSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseYamlEntry, parseYamlList } from '../lib/yaml-content.ts';

/** The path of a file as messages and `filePath` show it: relative to the project root, with slashes. */
const shownPath = (context: LoaderContext, absolute: string) => relative(fileURLToPath(context.config.root), absolute).split('\\').join('/');

const absoluteFrom = (context: LoaderContext, path: string) => resolve(fileURLToPath(context.config.root), path);

/** One entry per file matching `pattern` under `base`; the id is the path without its extension. */
export function yamlFiles({ base, pattern }: { base: string; pattern: string }): Loader {
  return {
    name: 'strict-yaml-files',
    load: async (context) => {
      const root = absoluteFrom(context, base);
      context.store.clear();
      for (const entry of globSync(pattern, { cwd: root }).sort()) {
        const absolute = resolve(root, entry);
        const filePath = shownPath(context, absolute);
        const data = parseYamlEntry(readFileSync(absolute, 'utf8'), filePath);
        const id = entry.split('\\').join('/').replace(/\.ya?ml$/u, '');
        context.store.set({ id, data: await context.parseData({ id, data, filePath }), filePath });
      }
    },
  };
}

/** One entry per item of the list in `path`; ids must be unique (`idOf` derives one where the data has none). */
export function yamlList(path: string, idOf?: (entry: Record<string, unknown>, index: number) => unknown): Loader {
  return {
    name: 'strict-yaml-list',
    load: async (context) => {
      const absolute = absoluteFrom(context, path);
      const filePath = shownPath(context, absolute);
      context.store.clear();
      for (const { id, data } of parseYamlList(readFileSync(absolute, 'utf8'), filePath, idOf)) {
        context.store.set({ id, data: await context.parseData({ id, data, filePath }), filePath });
      }
    },
  };
}
