/**
 * The rule for a plan's folder name, which becomes its URL segment (/en/<plan>/) and the first part of every entry id:
 * a slug, and none of the site's own route folders under src/pages/[lang]/ nor a language, so that a plan never
 * shadows a page of the site (/en/search/) or another language's pages. Used by the import and by the build.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCALE_KEYS } from '#src/i18n/locales.ts';
import { SLUG_PATTERN } from './fields.ts';

/** The folder of the routes that sit beside the plans' own: /<lang>/<name>/. */
const routesDir = (projectRoot: string) => join(projectRoot, 'src', 'pages', '[lang]');

/** The project root that holds this file (src/schemas/): for the import, which runs in the project. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Names a plan cannot take: each route folder of src/pages/[lang]/ (about, search …) and each language (zh, en). */
export function reservedPlanNames(projectRoot: string): string[] {
  const routes = readdirSync(routesDir(projectRoot), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('['))
    .map((entry) => entry.name);
  return [...new Set([...routes, ...LOCALE_KEYS])].sort();
}

/** What is wrong with `name` as a plan's folder name, or undefined when it may be one. */
export function planNameProblem(name: string, reserved: readonly string[]): string | undefined {
  if (!SLUG_PATTERN.test(name)) return `“${name}” is not a slug: a plan folder is named by lowercase ASCII words joined by hyphens`;
  if (reserved.includes(name))
    return `“${name}” is a route or a language of the site itself; a plan folder takes none of: ${reserved.join(', ')}`;
  return undefined;
}
