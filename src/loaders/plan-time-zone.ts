/** A plan's time zone, from its outline (content/<plan>/structure.yaml), where its “today” is reckoned. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DEFAULT_TIME_ZONE, formatIssues, structureSchema } from '#src/schemas/structure.ts';

/** The time zone that structure.yaml names, or the default when it names none or the plan has no outline yet. */
export function planTimeZone(planDir: string): string {
  const path = join(planDir, 'structure.yaml');
  if (!existsSync(path)) return DEFAULT_TIME_ZONE;
  const result = structureSchema().safeParse(parse(readFileSync(path, 'utf8')) as unknown);
  if (!result.success) throw new Error(`${path}: ${formatIssues(result.error)}`);
  return result.data.timeZone ?? DEFAULT_TIME_ZONE;
}
