/** Road and initiative slugs are unique and not reserved; initiatives name a road that exists, each at its own place. */
import type { ContentToCheck } from './content-to-check.ts';
import { problem } from './problem.ts';

export function checkPageSlugs(content: ContentToCheck): string[] {
  const problems: string[] = [];
  const roadSlugs = new Set(content.roads.map((road) => road.id));
  const seenSlugs = new Map<string, string>();
  for (const page of [...content.roads, ...content.initiatives]) {
    const earlier = seenSlugs.get(page.id);
    if (earlier) problems.push(problem(page.filePath, 'slug', `duplicate slug “${page.id}”, already used by ${earlier}`));
    else seenSlugs.set(page.id, page.filePath);
  }
  const seenOrders = new Map<string, string>();
  for (const initiative of content.initiatives) {
    if (!roadSlugs.has(initiative.data.road)) {
      problems.push(problem(initiative.filePath, 'road', `no road “${initiative.data.road}” (roads: ${[...roadSlugs].join(', ')})`));
    }
    const key = `${initiative.data.road}#${initiative.data.order}`;
    const earlier = seenOrders.get(key);
    if (earlier) problems.push(problem(initiative.filePath, 'order', `order ${initiative.data.order} is already used by ${earlier}`));
    else seenOrders.set(key, initiative.filePath);
  }
  return problems;
}

/** Commitment pages live at <plan>/commitments/<id>/, beside the road pages; the plan's home at <plan>/overview/. */
export function checkReservedRoadSlugs(content: ContentToCheck): string[] {
  const problems: string[] = [];
  for (const road of content.roads) {
    if (road.id === 'commitments') problems.push(problem(road.filePath, 'slug', '“commitments” is reserved for the commitment pages'));
    if (road.id === 'overview') problems.push(problem(road.filePath, 'slug', '“overview” is reserved for the plan’s home page'));
    if (road.id === 'glossary') problems.push(problem(road.filePath, 'slug', '“glossary” is reserved for the plan’s list of terms'));
  }
  return problems;
}
