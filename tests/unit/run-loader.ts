/**
 * Runs a content loader of src/loaders/ in-process, as Astro's content sync does: each entry's data goes through the
 * collection's schema (Astro's parseData), the store is a Map. The bad-content tests call it instead of a whole
 * `astro build`. Messages differ from a build's only in Zod's own wording of a missing field (Astro rewords it);
 * tests/unit/bad-content-files.test.ts keeps a real build for that.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { vi } from 'vitest';
import { makeWorkDir } from '#tools/lib/work-dir.ts';
import type { Collections, Plan } from '#src/model/plan-build.ts';

export interface LoadedEntry {
  id: string;
  data: Record<string, unknown>;
  filePath?: string;
}

/** The entries `loader` stores with project root `root`, or the loader's refusal as a rejected Error. */
export async function runLoader(loader: Loader, schema: z.ZodType | undefined, root: string): Promise<Map<string, LoadedEntry>> {
  const store = new Map<string, LoadedEntry>();
  const context = {
    collection: 'test',
    config: { root: pathToFileURL(`${resolve(root)}/`) },
    store: { clear: () => store.clear(), set: (entry: LoadedEntry) => Boolean(store.set(entry.id, entry)) },
    parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => {
      if (!schema) return data;
      const result = await schema.safeParseAsync(data);
      if (result.success) return result.data;
      // The shape of Astro's InvalidContentEntryDataError message.
      throw new Error(
        [
          `**test → ${id}** data does not match collection schema.`,
          ...result.error.issues.map((i) => `  **${i.path.join('.')}**: ${i.message}`),
        ].join('\n'),
      );
    },
  } as unknown as LoaderContext;
  if (typeof loader === 'function') throw new Error('runLoader runs object loaders only');
  await loader.load(context);
  return store;
}

/** The refusal message of a loader run, or “(loaded)” when it loaded: for expect(…).toMatch. */
export async function refusalOf(loader: Loader, schema: z.ZodType | undefined, root: string): Promise<string> {
  try {
    await runLoader(loader, schema, root);
    return '(loaded)';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * A scratch project root holding `files` (path → text) and a link to the project's src/ (for the route folders that
 * reserve plan names). Content paths then show as in a build: content/<plan>/….
 */
export function scratchProject(files: Record<string, string>): string {
  const root = makeWorkDir('loader-');
  symlinkSync(resolve('src'), join(root, 'src'), 'dir');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/**
 * The plans as the build makes them from `root`/content: every YAML collection of src/loaders/collections.ts loaded as
 * the content sync loads it, then joined and checked by src/model/plan-build.ts (as getPlans does). Rejects with the
 * first refusal: a loader's, or the content check's list of problems. Modules that read CONTENT_DIR when imported
 * (the collections, the search's word lists) are imported afresh for each root.
 */
export async function planContent(root: string): Promise<Plan[]> {
  vi.resetModules();
  process.env.CONTENT_DIR = join(resolve(root), 'content');
  try {
    const { collectionSpecs } = await import('#src/loaders/collections.ts');
    const { buildPlans } = await import('#src/model/plan-build.ts');
    const names = [
      'plans',
      'roads',
      'initiatives',
      'translations',
      'commitments',
      'repairLogs',
      'glossary',
      'statusLogs',
      'statusReviews',
      'droppedCommitments',
      'commitmentChanges',
      'names',
    ] as const;
    const loaded = await Promise.all(
      names.map(async (name) => {
        const { loader, schema } = collectionSpecs[name];
        const entries = await runLoader(loader, schema, root);
        return [name, [...entries.values()].map((entry) => ({ ...entry, collection: name }))] as const;
      }),
    );
    return await buildPlans(Object.fromEntries(loaded) as unknown as Collections);
  } finally {
    delete process.env.CONTENT_DIR;
  }
}
