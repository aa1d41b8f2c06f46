/**
 * A plan folder copied as a further plan: how the tests and the benchmarks make a site of several plans from the one
 * there is. A plan is a folder, so the copy builds as a plan of its own; its outline (structure.yaml) is renamed to
 * the new folder, which the import requires of every plan.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export function copyPlan(from: string, to: string): void {
  cpSync(from, to, { recursive: true });
  const outline = join(to, 'structure.yaml');
  const text = readFileSync(outline, 'utf8');
  const renamed = text.replace(/^plan: .+$/mu, `plan: ${basename(to)}`);
  if (renamed === text && basename(from) !== basename(to)) throw new Error(`${outline}: no “plan:” line to rename`);
  writeFileSync(outline, renamed);
}
