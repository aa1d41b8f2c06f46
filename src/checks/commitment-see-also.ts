/**
 * Cross-references between commitments that concern one project: each `seeAlso` names another commitment of the
 * plan, and the other names this one back, so that a reader finds the pair from either side.
 * Pure: takes plain records, returns problems as “file (id): `seeAlso`: what is wrong”.
 */
export interface SeeAlsoEntry {
  id: string;
  filePath: string;
  data: { seeAlso?: string[] };
}

export function seeAlsoProblems(commitments: readonly SeeAlsoEntry[]): string[] {
  const byId = new Map(commitments.map((commitment) => [commitment.id, commitment]));
  const problems: string[] = [];
  for (const { id, filePath, data } of commitments) {
    for (const other of data.seeAlso ?? []) {
      const target = byId.get(other);
      if (other === id) problems.push(`${filePath} (${id}): \`seeAlso\`: names the commitment itself`);
      else if (!target) problems.push(`${filePath} (${id}): \`seeAlso\`: no commitment “${other}”`);
      else if (!(target.data.seeAlso ?? []).includes(id)) problems.push(`${filePath} (${other}): \`seeAlso\`: does not name “${id}” back`);
    }
  }
  return problems;
}
