/**
 * Content loaders for YAML that refuse what Astro's glob() and file() let through: an empty file
 * (glob crashes without naming it), a duplicate id in a list (file() warns and drops one), and dates
 * turned into time-zoned Date objects by the parser (YAML here is read as 1.2 core: strings stay strings), and a file
 * that is not UTF-8 (utf8-text.ts).
 * Any refusal throws, which stops the content sync and the build, naming the file.
 */
import { existsSync, globSync, readdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { parseYamlEntry, parseYamlList } from './yaml-content.ts';
import { readUtf8File } from './utf8-text.ts';
import { planNameProblem, reservedPlanNames } from '#src/schemas/plan-name.ts';

/** The path of a file as messages and `filePath` show it: relative to the project root, with slashes. */
const shownPath = (context: LoaderContext, absolute: string) =>
  relative(fileURLToPath(context.config.root), absolute).split('\\').join('/');

const absoluteFrom = (context: LoaderContext, path: string) => resolve(fileURLToPath(context.config.root), path);

/**
 * In `astro dev`, loads again when a file it reads changes (`watched`: a file or a folder of YAML files);
 * a refusal is then logged and the dev server keeps running, while in a build it throws.
 */
function reloadOnChange(context: LoaderContext, watched: string, sync: () => Promise<void>): void {
  const { watcher, logger } = context;
  if (!watcher) return;
  watcher.add(watched);
  watcher.on('all', (_event, changed) => {
    if (changed !== watched && !(changed.startsWith(`${watched}/`) && /\.ya?ml$/u.test(changed))) return;
    sync().catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
  });
}

/**
 * One refused file as a line of the build's message: the file, then what is wrong. Astro's schema errors mark the
 * field in bold over several lines (“title**: **title: Required”); the marks and line breaks are dropped, so each
 * file is one line, and a message that already starts with the file keeps it once.
 */
function refusal(filePath: string, error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error))
    .replaceAll('**', '')
    .replace(/\s*\n\s*/gu, ' ')
    .trim();
  return message.startsWith(filePath) ? message : `${filePath}: ${message}`;
}

/** An entry checked against the collection's schema; a refusal names the file (Astro's own message names only the entry). */
async function parseNamed(context: LoaderContext, entry: { id: string; data: Record<string, unknown>; filePath: string }) {
  try {
    return await context.parseData(entry);
  } catch (error) {
    throw new Error(refusal(entry.filePath, error), { cause: error });
  }
}

/** The plan folders under `root`: each folder holding zh/plan.yaml, by name, sorted. */
const planFolders = (root: string) =>
  globSync('*/zh/plan.yaml', { cwd: root })
    .map((file) => file.split(/[\\/]/u)[0])
    .sort();

/**
 * One entry per file matching `pattern` under `base`; the id is the path without its extension.
 * `folderProblem` may refuse a file for the name of its first folder under `base` (a plan's name).
 */
export function yamlFiles({
  base,
  pattern,
  folderProblem,
}: {
  base: string;
  pattern: string;
  folderProblem?: (folder: string, context: LoaderContext) => string | undefined;
}): Loader {
  return {
    name: 'strict-yaml-files',
    load: async (context) => {
      const root = absoluteFrom(context, base);
      const sync = async () => {
        const entries = [];
        // Every refused file, so that one build names them all: a translator's batch of files has its slips together.
        const refusals: string[] = [];
        for (const entry of globSync(pattern, { cwd: root }).sort()) {
          const absolute = resolve(root, entry);
          const filePath = shownPath(context, absolute);
          const id = entry
            .split('\\')
            .join('/')
            .replace(/\.ya?ml$/u, '');
          const folder = folderProblem?.(id.slice(0, id.indexOf('/')), context);
          if (folder) {
            refusals.push(refusal(filePath, `\`folder\`: ${folder}`));
            continue;
          }
          try {
            const data = parseYamlEntry(readUtf8File(absolute, filePath), filePath);
            entries.push({ id, data: await context.parseData({ id, data, filePath }), filePath });
          } catch (error) {
            refusals.push(refusal(filePath, error));
          }
        }
        if (refusals.length > 0) throw new Error(refusals.join('\n'));
        // Replace the entries only once every file has been read and validated.
        context.store.clear();
        for (const entry of entries) context.store.set(entry);
      };
      await sync();
      reloadOnChange(context, root, sync);
    },
  };
}

/** Each plan's Chinese file, <plan>/zh/plan.yaml, refusing a plan folder whose name is not a slug or is the site's own. */
export function planFiles({ base }: { base: string }): Loader {
  return yamlFiles({
    base,
    pattern: '*/zh/plan.yaml',
    folderProblem: (folder, context) => planNameProblem(folder, reservedPlanNames(fileURLToPath(context.config.root))),
  });
}

/** One entry per item of the list in `path`; ids must be unique (`idOf` derives one where the data has none). */
export function yamlList(path: string, idOf?: (entry: Record<string, unknown>, index: number) => unknown): Loader {
  return {
    name: 'strict-yaml-list',
    load: async (context) => {
      const absolute = absoluteFrom(context, path);
      const filePath = shownPath(context, absolute);
      const sync = async () => {
        const entries = [];
        for (const { id, data } of parseYamlList(readUtf8File(absolute, filePath), filePath, idOf)) {
          entries.push({ id, data: await parseNamed(context, { id, data, filePath }), filePath });
        }
        context.store.clear();
        for (const entry of entries) context.store.set(entry);
      };
      await sync();
      reloadOnChange(context, absolute, sync);
    },
  };
}

/**
 * One entry per item of the list in `content/<plan>/<fileName>`, for every plan folder under `base` (a folder
 * holding zh/plan.yaml) that has the file. Entry ids are “<plan>/<item id>”, so two plans may use the same ids;
 * within one file ids must be unique. The item's own `id` field keeps the id as the file writes it.
 */
export function yamlListPerPlan({
  base,
  fileName,
  idOf,
}: {
  base: string;
  fileName: string;
  idOf?: (entry: Record<string, unknown>, index: number) => unknown;
}): Loader {
  return {
    name: 'strict-yaml-list-per-plan',
    load: async (context) => {
      const root = absoluteFrom(context, base);
      const sync = async () => {
        const entries = [];
        for (const plan of planFolders(root)) {
          const absolute = resolve(root, plan, fileName);
          if (!existsSync(absolute)) continue;
          const filePath = shownPath(context, absolute);
          for (const { id: itemId, data } of parseYamlList(readUtf8File(absolute, filePath), filePath, idOf)) {
            const id = `${plan}/${itemId}`;
            entries.push({ id, data: await parseNamed(context, { id, data, filePath }), filePath });
          }
        }
        context.store.clear();
        for (const entry of entries) context.store.set(entry);
      };
      await sync();
      reloadOnChange(context, root, sync);
    },
  };
}

/**
 * One entry per plan folder under `base` (a folder holding zh/plan.yaml), holding the files of its
 * `folder` as `{ updates: [{ file, …fields }] }`, each file checked against `itemSchema` and named in any refusal,
 * then all of a plan's files by `checkFiles`. Only `<name>.yaml` files directly in the folder are read; any other file
 * there (a `.yml` or `.YAML`, one in a subfolder) is refused rather than skipped, except those named in `ignore`.
 * Why not one entry per file: a plan with no file yet (no status update so far, the normal state) would leave the
 * collection empty, and Astro warns on every read of an empty collection.
 */
export function yamlFilesPerPlan<Item extends object>({
  base,
  folder,
  itemSchema,
  ignore = [],
  checkFiles = () => [],
}: {
  base: string;
  folder: string;
  itemSchema: z.ZodType<Item>;
  /** Files of the folder that are not items, e.g. its README.md. */
  ignore?: readonly string[];
  /** Checks over all of one plan's files, given the plan's folder name. */
  checkFiles?: (items: (Item & { file: string })[], plan: string) => string[];
}): Loader {
  return {
    name: 'strict-yaml-files-per-plan',
    load: async (context) => {
      const root = absoluteFrom(context, base);
      const sync = () => {
        const entries = [];
        // Every refused file, so that one build names them all: status files are written a few at a time.
        const refusals: string[] = [];
        for (const plan of planFolders(root)) {
          const updates: (Item & { file: string })[] = [];
          const dir = resolve(root, plan, folder);
          const files = existsSync(dir)
            ? readdirSync(dir, { recursive: true, withFileTypes: true })
                .filter((entry) => entry.isFile())
                .map((entry) => relative(dir, resolve(entry.parentPath, entry.name)).split('\\').join('/'))
                .sort()
            : [];
          for (const name of files) {
            const absolute = resolve(dir, name);
            const filePath = shownPath(context, absolute);
            if (ignore.includes(name)) continue;
            if (!/^[^/]+\.yaml$/u.test(name)) {
              refusals.push(refusal(filePath, `\`file\`: not read: ${folder}/ holds <name>.yaml files only, directly in it`));
              continue;
            }
            try {
              const result = itemSchema.safeParse(parseYamlEntry(readUtf8File(absolute, filePath), filePath));
              if (result.success) updates.push({ file: filePath, ...result.data });
              else
                refusals.push(
                  refusal(filePath, result.error.issues.map((issue) => `${issue.path.join('.') || 'file'}: ${issue.message}`).join('; ')),
                );
            } catch (error) {
              // An empty or unreadable file is refused like the others, not ahead of them.
              refusals.push(refusal(filePath, error));
            }
          }
          refusals.push(...checkFiles(updates, plan));
          entries.push({ id: plan, data: { updates } });
        }
        if (refusals.length > 0) throw new Error(refusals.join('\n'));
        context.store.clear();
        for (const entry of entries) context.store.set(entry);
        return Promise.resolve();
      };
      await sync();
      reloadOnChange(context, root, sync);
    },
  };
}
