/**
 * The commitments that share a commitment's place in the plan (its initiative, or its road's own
 * paragraphs), in article order: the sequence for previous/next links. Pure.
 */
interface Placed {
  id: string;
  road: string;
  initiative?: string;
}

export function siblingsOf<T extends Placed>(all: readonly T[], commitment: Placed): T[] {
  return all.filter((other) => other.road === commitment.road && other.initiative === commitment.initiative);
}
