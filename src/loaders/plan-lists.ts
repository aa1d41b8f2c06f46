/**
 * A content loader for data files that hold one list per plan: content/<plan>/<fileName>.
 * Every plan folder that has the file contributes its items; entry ids are “<plan>/<item id>”, so two plans
 * may use the same ids without colliding. A file that is not a YAML list stops the build with its path.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';

/** Items without an id of their own get one from this (e.g. their position). */
type IdOf = (item: Record<string, unknown>, index: number) => string;

const ownId: IdOf = (item) => (typeof item.id === 'string' || typeof item.id === 'number' ? String(item.id) : '');

export function planLists(contentDir: string, fileName: string, idOf: IdOf = ownId): Loader {
  return {
    name: 'plan-lists',
    load: async (context) => {
      const { store, config, watcher } = context;
      store.clear();
      const root = fileURLToPath(config.root);
      const plans = readdirSync(contentDir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
      for (const plan of plans) {
        const path = join(contentDir, plan.name, fileName);
        if (!existsSync(path)) continue;
        watcher?.add(path);
        const shown = relative(root, path);
        const items: unknown = parseYaml(readFileSync(path, 'utf8')) ?? [];
        if (!Array.isArray(items)) throw new Error(`${shown}: \`file\`: must be a YAML list`);
        const seen = new Set<string>();
        for (const [index, item] of (items as Record<string, unknown>[]).entries()) {
          const itemId = idOf(item, index);
          if (!itemId) throw new Error(`${shown}: \`[${index}].id\`: missing`);
          if (seen.has(itemId)) throw new Error(`${shown}: \`id\`: “${itemId}” is used twice`);
          seen.add(itemId);
          const id = `${plan.name}/${itemId}`;
          const data = await context.parseData({ id, data: item, filePath: shown });
          store.set({ id, data, filePath: shown });
        }
      }
    },
  };
}
