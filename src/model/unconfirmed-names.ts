/** Proper names whose English is unconfirmed, marked at their first mention on a page (src/model/name-marks.ts). */
import { markUnconfirmedNames } from './name-marks.ts';
import type { Segment } from './term-links.ts';
import { getPlan, type NameEntry } from './plan.ts';

/** The paragraphs with a mark after each unconfirmed name's first mention, and the names marked, in page order. */
export async function markNames(paragraphs: Segment[][], enabled = true): Promise<{ paragraphs: Segment[][]; names: NameEntry[] }> {
  if (!enabled) return { paragraphs, names: [] };
  const plan = await getPlan();
  const unconfirmed = plan.names.filter((name) => !name.confirmed);
  const marked = markUnconfirmedNames(
    paragraphs,
    unconfirmed.map((name) => ({ id: name.id, forms: [name.en, ...name.enForms] })),
  );
  const order = marked.flat().flatMap((segment) => (segment.unconfirmedName ? [segment.unconfirmedName] : []));
  return { paragraphs: marked, names: order.map((id) => unconfirmed.find((name) => name.id === id)!) };
}
