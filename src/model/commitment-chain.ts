/**
 * A promise followed from plan to plan: a commitment may say how it continues one or several of an earlier plan
 * (`continues`: the same undertaking, a revised target, merged from several, split into several), and a later plan
 * may record that an earlier commitment is not carried on (dropped). Pure, so the relations and their checks are
 * tested without a build.
 */
import type { ChainRelation, Continues } from '#src/schemas/commitment.ts';

export interface ChainLink {
  plan: string;
  id: string;
  continues?: Continues;
  /** The commitment's measures: a revised target names one of each side's amounts. */
  measures?: readonly { amount: string; unit: string }[];
}

/** A later plan's record that an earlier commitment is not carried on. */
export interface DroppedLink {
  /** The plan that records it. */
  plan: string;
  /** “<plan>/<id>” of the earlier commitment. */
  commitment: string;
  /** Why it is not carried on, in Chinese and in English. */
  reason: { zh: string; en: string };
  source: { road: string; initiative?: string; paragraph: number; zh: string };
}

export const chainKey = (link: Pick<ChainLink, 'plan' | 'id'>) => `${link.plan}/${link.id}`;

/** How this commitment continues earlier ones: the relation, the earlier commitments and, for a split, its siblings. */
export interface EarlierRelation<T> {
  relation: ChainRelation;
  earlier: T[];
  revised?: { from: string; to: string };
  /** For split: the other later commitments that continue the same earlier one. */
  siblings: T[];
}

/** How a later commitment continues this one: the relation, the later commitment and, for merged, its other sources. */
export interface LaterRelation<T> {
  relation: ChainRelation;
  later: T;
  revised?: { from: string; to: string };
  /** For merged: the other earlier commitments merged with this one. */
  partners: T[];
}

export interface Relations<T, D> {
  earlier?: EarlierRelation<T>;
  later: LaterRelation<T>[];
  /** The later plans' records that this commitment is not carried on. */
  dropped: D[];
}

/** Every relation of `start` to the commitments before and after it, and its drops. */
export function commitmentRelations<T extends ChainLink, D extends DroppedLink>(
  all: readonly T[],
  drops: readonly D[],
  start: T,
): Relations<T, D> {
  const byKey = new Map(all.map((link) => [chainKey(link), link]));
  const key = chainKey(start);
  const continues = start.continues;
  const earlier: EarlierRelation<T> | undefined = continues && {
    relation: continues.relation,
    earlier: continues.from.flatMap((from) => byKey.get(from) ?? []),
    revised: 'revised' in continues ? continues.revised : undefined,
    siblings:
      continues.relation === 'split'
        ? all.filter((other) => other !== start && other.continues?.relation === 'split' && other.continues.from[0] === continues.from[0])
        : [],
  };
  const later = all
    .filter((other) => other.continues?.from.includes(key))
    .map((other): LaterRelation<T> => ({
      relation: other.continues!.relation,
      later: other,
      revised: other.continues && 'revised' in other.continues ? other.continues.revised : undefined,
      partners: other.continues!.from.filter((from) => from !== key).flatMap((from) => byKey.get(from) ?? []),
    }));
  return { earlier, later, dropped: drops.filter((drop) => drop.commitment === key) };
}

/** Whether `start` has any relation to show. */
export const hasRelations = (relations: Relations<unknown, unknown>) =>
  relations.earlier !== undefined || relations.later.length > 0 || relations.dropped.length > 0;

/**
 * The checks on `continues` and on drops: each names existing commitments of earlier plans; same, revised and split
 * continue one, merged several; a revised target names a measure of each side, in one unit; an earlier commitment is
 * continued once (same, revised, merged) or split into two or more, and a dropped one not at all; a drop gives its
 * source in its plan's text. Returns problems as “file (id): `field`: what is wrong”.
 */
export function checkChains(
  all: readonly ChainLink[],
  drops: readonly (DroppedLink & { file: string })[],
  planOrder: ReadonlyMap<string, number>,
  fileOf: (plan: string) => string,
  paragraphOf: (plan: string, source: DroppedLink['source']) => string | undefined = () => undefined,
): string[] {
  const byKey = new Map(all.map((link) => [chainKey(link), link]));
  const problems: string[] = [];
  const isEarlier = (earlierPlan: string, laterPlan: string) => (planOrder.get(earlierPlan) ?? 1) < (planOrder.get(laterPlan) ?? 1);
  const continuedBy = new Map<string, { key: string; relation: ChainRelation }[]>();
  for (const link of all) {
    const continues = link.continues;
    if (!continues) continue;
    const at = `${fileOf(link.plan)} (${link.id}): \`continues\``;
    for (const from of continues.from) {
      const [plan] = from.split('/');
      if (!byKey.has(from)) problems.push(`${at}: no commitment “${from}”`);
      else if (!isEarlier(plan, link.plan)) problems.push(`${at}: “${plan}” is not an earlier plan than “${link.plan}” (order)`);
      continuedBy.set(from, [...(continuedBy.get(from) ?? []), { key: chainKey(link), relation: continues.relation }]);
    }
    if (continues.relation === 'merged' && continues.from.length < 2)
      problems.push(`${at}: merged names two or more earlier commitments in \`from\``);
    if (continues.relation !== 'merged' && continues.from.length > 1)
      problems.push(`${at}: ${continues.relation} continues one earlier commitment; several in \`from\` is merged`);
    const revised = 'revised' in continues ? continues.revised : undefined;
    if (continues.relation === 'revised') {
      const earlier = byKey.get(continues.from[0]);
      const before = earlier?.measures?.find((measure) => measure.amount === revised?.from);
      const after = link.measures?.find((measure) => measure.amount === revised?.to);
      if (!revised) problems.push(`${at}.revised: a revised target names both measures (from: the earlier amount, to: this one)`);
      else {
        if (earlier && !before) problems.push(`${at}.revised.from: “${revised.from}” is no measure amount of “${continues.from[0]}”`);
        if (!after) problems.push(`${at}.revised.to: “${revised.to}” is no measure amount of this commitment`);
        if (before && after && before.unit !== after.unit)
          problems.push(`${at}.revised: “${revised.from}” (${before.unit}) and “${revised.to}” (${after.unit}) are not in one unit`);
      }
    } else if (revised) problems.push(`${at}.revised: only a revised target names measures (relation is ${continues.relation})`);
  }
  for (const [from, continuers] of continuedBy) {
    const splits = continuers.filter((continuer) => continuer.relation === 'split');
    const file = `${fileOf(continuers[0].key.split('/')[0])} (${continuers[0].key.split('/')[1]}): \`continues\``;
    if (splits.length > 0 && splits.length < continuers.length)
      problems.push(`${file}: “${from}” is split and also continued otherwise, by ${continuers.map(({ key }) => key).join(', ')}`);
    else if (splits.length === 1)
      problems.push(`${file}: “${from}” is split into one commitment only; split needs two or more (or use same)`);
    else if (splits.length === 0 && continuers.length > 1)
      problems.push(`${file}: “${from}” is already continued by ${continuers.map(({ key }) => key).join(', ')}`);
  }
  for (const drop of drops) {
    const at = `${drop.file}: \`commitment\``;
    const [plan] = drop.commitment.split('/');
    if (!byKey.has(drop.commitment)) problems.push(`${at}: no commitment “${drop.commitment}”`);
    else if (!isEarlier(plan, drop.plan)) problems.push(`${at}: “${plan}” is not an earlier plan than “${drop.plan}” (order)`);
    const continuers = continuedBy.get(drop.commitment);
    if (continuers) problems.push(`${at}: “${drop.commitment}” is dropped but continued by ${continuers.map(({ key }) => key).join(', ')}`);
    const paragraph = paragraphOf(drop.plan, drop.source);
    if (paragraph === undefined)
      problems.push(`${drop.file}: \`source\`: no paragraph ${drop.source.paragraph} on that page of “${drop.plan}”`);
    else if (!paragraph.includes(drop.source.zh))
      problems.push(`${drop.file}: \`source.zh\`: not in paragraph ${drop.source.paragraph} of that page`);
  }
  return problems;
}
