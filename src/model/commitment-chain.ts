/**
 * A promise followed from plan to plan: a commitment may name the one it continues in an earlier plan
 * (`continues: <plan>/<id>`). Pure, so the chain and its checks are tested without a build.
 */
export interface ChainLink {
  plan: string;
  id: string;
  /** “<plan>/<id>” of the commitment this one continues. */
  continues?: string;
}

export const chainKey = (link: Pick<ChainLink, 'plan' | 'id'>) => `${link.plan}/${link.id}`;

/** The commitments linked to `start` through `continues`, earliest first, `start` included; a lone commitment gives [start]. */
export function commitmentChain<T extends ChainLink>(all: readonly T[], start: T): T[] {
  const byKey = new Map(all.map((link) => [chainKey(link), link]));
  const continuedBy = new Map<string, T>();
  for (const link of all) if (link.continues) continuedBy.set(link.continues, link);
  const chain = [start];
  const seen = new Set([chainKey(start)]);
  for (
    let earlier = start.continues && byKey.get(start.continues);
    earlier && !seen.has(chainKey(earlier));
    earlier = earlier.continues && byKey.get(earlier.continues)
  ) {
    chain.unshift(earlier);
    seen.add(chainKey(earlier));
  }
  for (let later = continuedBy.get(chainKey(start)); later && !seen.has(chainKey(later)); later = continuedBy.get(chainKey(later))) {
    chain.push(later);
    seen.add(chainKey(later));
  }
  return chain;
}

/**
 * Each `continues` names an existing commitment of an earlier plan (lower order), and no commitment is continued twice.
 * Returns problems as “file (id): `continues`: what is wrong”.
 */
export function checkChains(all: readonly ChainLink[], planOrder: ReadonlyMap<string, number>, fileOf: (plan: string) => string): string[] {
  const keys = new Set(all.map(chainKey));
  const continued = new Map<string, string>();
  const problems: string[] = [];
  for (const link of all) {
    if (!link.continues) continue;
    const at = `${fileOf(link.plan)} (${link.id}): \`continues\``;
    const [plan] = link.continues.split('/');
    if (!keys.has(link.continues)) problems.push(`${at}: no commitment “${link.continues}”`);
    else if ((planOrder.get(plan) ?? 1) >= (planOrder.get(link.plan) ?? 1))
      problems.push(`${at}: “${plan}” is not an earlier plan than “${link.plan}” (order)`);
    const other = continued.get(link.continues);
    if (other) problems.push(`${at}: “${link.continues}” is already continued by ${other}`);
    continued.set(link.continues, chainKey(link));
  }
  return problems;
}
