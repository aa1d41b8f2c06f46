/**
 * Commitments: ids are unique and never reused once removed, each quotes its paragraph, its measures are read
 * correctly and stated in its English; replacements and status updates name commitments that exist.
 */
import { parseChineseAmount } from '#src/model/quantities.ts';
import { writeQuantity } from '#src/i18n/quantities.ts';
import type { ContentToCheck } from './content-to-check.ts';
import { statesQuantity } from './stated-quantity.ts';
import { problem } from './problem.ts';

/** Duplicate commitment ids, and removed ids (commitments-changelog.yaml) that are reused or replaced by nothing. */
export function checkCommitmentIds(content: ContentToCheck): string[] {
  const problems: string[] = [];
  const seenIds = new Set<string>();
  for (const commitment of content.commitments) {
    if (seenIds.has(commitment.id)) problems.push(problem(commitment.filePath, 'id', `duplicate commitment id “${commitment.id}”`));
    seenIds.add(commitment.id);
  }
  for (const change of content.commitmentChanges) {
    const at = `${change.filePath} (${change.id})`;
    if (seenIds.has(change.id))
      problems.push(problem(at, 'id', `“${change.id}” is still a commitment; an id listed as removed must not be reused`));
    if (!seenIds.has(change.data.replacedBy)) problems.push(problem(at, 'replacedBy', `no commitment “${change.data.replacedBy}”`));
  }
  return problems;
}

/** Each commitment's road, initiative and paragraph exist, the paragraph holds its quote, and its measures add up. */
export function checkCommitmentSources(content: ContentToCheck): string[] {
  const problems: string[] = [];
  const roads = new Map(content.roads.map((road) => [road.id, road]));
  const initiatives = new Map(content.initiatives.map((initiative) => [initiative.id, initiative]));
  for (const { id, filePath, data } of content.commitments) {
    const at = `${filePath} (${id})`;
    const road = roads.get(data.road);
    if (!road) {
      problems.push(problem(at, 'road', `no road “${data.road}”`));
      continue;
    }
    let paragraphs = road.data.paragraphs;
    if (data.initiative !== undefined) {
      const initiative = initiatives.get(data.initiative);
      if (!initiative) {
        problems.push(problem(at, 'initiative', `no initiative “${data.initiative}”`));
        continue;
      }
      if (initiative.data.road !== data.road) {
        problems.push(problem(at, 'initiative', `“${data.initiative}” belongs to road “${initiative.data.road}”, not “${data.road}”`));
      }
      paragraphs = initiative.data.paragraphs;
    }
    const paragraph = paragraphs[data.paragraph - 1];
    if (paragraph === undefined) {
      problems.push(problem(at, 'paragraph', `paragraph ${data.paragraph} does not exist (the page has ${paragraphs.length})`));
    } else if (!paragraph.includes(data.zh)) {
      problems.push(problem(at, 'zh', `“${data.zh}” is not in paragraph ${data.paragraph}`));
    }
    data.measures.forEach((measure, index) => {
      const field = `measures[${index}]`;
      if (!data.zh.includes(measure.amount))
        problems.push(problem(at, `${field}.amount`, `“${measure.amount}” is not part of “${data.zh}”`));
      const parsed = parseChineseAmount(measure.amount);
      if (parsed !== measure.value)
        problems.push(problem(at, `${field}.value`, `${measure.value} does not match “${measure.amount}” (= ${parsed})`));
      const english = writeQuantity('en', measure.value, measure.unit, measure.unitStated);
      if (!statesQuantity(data.en, measure)) problems.push(problem(at, 'en', `does not state the quantity of ${field} as “${english}”`));
    });
  }
  return problems;
}

/** Every status update names a commitment of the plan. */
export function checkStatusReferences(content: ContentToCheck): string[] {
  const ids = new Set(content.commitments.map((commitment) => commitment.id));
  return content.statusUpdates
    .filter((update) => !ids.has(update.data.commitment))
    .map((update) => problem(update.filePath, 'commitment', `no commitment “${update.data.commitment}”`));
}
