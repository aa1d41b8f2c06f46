/**
 * The data changelog's additions: an added id names a commitment that exists; a new field names a column of the
 * CSV; each is listed once. (Removed ids are checked with the other commitment checks.)
 * Pure: takes plain records, returns problems as “file (id): `field`: what is wrong”.
 */
import { CSV_COLUMNS } from '#src/schemas/commitment-record.ts';

export interface ChangeEntry {
  id: string;
  filePath: string;
  data: { reason: string; replacedBy?: string };
}

export function additionProblems(changes: readonly ChangeEntry[], commitments: readonly { id: string }[]): string[] {
  const ids = new Set(commitments.map((commitment) => commitment.id));
  const columns = new Set<string>(CSV_COLUMNS);
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const { id, filePath, data } of changes) {
    const at = `${filePath} (${id})`;
    if (data.reason === 'added' && !ids.has(id)) problems.push(`${at}: \`id\`: no commitment “${id}”; an added id must exist`);
    if (data.reason === 'field-added' && !columns.has(id)) problems.push(`${at}: \`id\`: “${id}” is not a column of the CSV`);
    if (data.reason === 'added' || data.reason === 'field-added') {
      if (seen.has(id)) problems.push(`${at}: \`id\`: “${id}” is listed as added twice`);
      seen.add(id);
    }
  }
  return problems;
}
