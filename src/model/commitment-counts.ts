/** How many commitments have each status, and how many each road has. Pure; every key is present, zeros included. */
export function countBy<K extends string>(items: readonly { [key: string]: unknown }[], field: string, keys: readonly K[]): Map<K, number> {
  const counts = new Map<K, number>(keys.map((key) => [key, 0]));
  for (const item of items) {
    const key = item[field] as K;
    if (counts.has(key)) counts.set(key, counts.get(key)! + 1);
  }
  return counts;
}
