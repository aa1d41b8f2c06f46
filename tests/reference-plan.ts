/**
 * The plan the tests are about, eight-roads: the tests that count or name one plan's pages, records and search results
 * hold for it, whichever other plans the site has.
 *
 * The content a fixture build starts from: the site's own files and the reference plan, eight-roads, without the
 * site's other plans. Each fixture build tests one behaviour on one plan (two where it copies eight-roads as a
 * second); built from every plan, each would grow with the site: with three plans, the unit suite's builds checked
 * and wrote three times the pages, and the tests that count one plan's records failed. A site-wide file (the
 * glossary, the corrections log) that names another plan's page would need that plan too: the build then stops and
 * names the broken reference.
 */
import { cpSync, existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export const REFERENCE_PLAN = 'eight-roads';

/** The site's plans, as the build finds them (src/content.config.ts): every folder of content/ with a zh/plan.yaml. */
export function sitePlans(contentDir = 'content'): string[] {
  return readdirSync(contentDir)
    .filter((name) => existsSync(join(contentDir, name, 'zh/plan.yaml')))
    .sort();
}

/** Copies content/ to `target`, leaving out every plan folder but the reference plan. */
export function copyReferenceContent(target: string): void {
  const otherPlans = new Set(sitePlans().filter((plan) => plan !== REFERENCE_PLAN));
  cpSync('content', target, {
    recursive: true,
    filter: (source) => !otherPlans.has(relative('content', source).split(/[\\/]/u)[0]),
  });
}
