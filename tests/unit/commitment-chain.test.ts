/** A commitment followed from plan to plan: the chain in order, and the checks that stop a wrong `continues`. */
import { describe, expect, it } from 'vitest';
import { checkChains, commitmentChain, type ChainLink } from '#src/model/commitment-chain.ts';

const links: ChainLink[] = [
  { plan: 'y2024', id: 'kindergartens' },
  { plan: 'y2025', id: 'new-kindergartens', continues: 'y2024/kindergartens' },
  { plan: 'y2026', id: 'kindergartens-2026', continues: 'y2025/new-kindergartens' },
  { plan: 'y2026', id: 'roads' },
];
const order = new Map([
  ['y2024', 1],
  ['y2025', 2],
  ['y2026', 3],
]);
const fileOf = (plan: string) => `content/${plan}/commitments.yaml`;

describe('commitmentChain', () => {
  it('follows a promise from the earliest plan to the latest, from any link of it', () => {
    const ids = (start: ChainLink) => commitmentChain(links, start).map((link) => link.id);
    expect(ids(links[0])).toEqual(['kindergartens', 'new-kindergartens', 'kindergartens-2026']);
    expect(ids(links[1])).toEqual(['kindergartens', 'new-kindergartens', 'kindergartens-2026']);
    expect(ids(links[2])).toEqual(['kindergartens', 'new-kindergartens', 'kindergartens-2026']);
  });

  it('is the commitment alone when it continues nothing and nothing continues it', () => {
    expect(commitmentChain(links, links[3])).toEqual([links[3]]);
  });
});

describe('checkChains', () => {
  it('accepts continues that name earlier plans', () => {
    expect(checkChains(links, order, fileOf)).toEqual([]);
  });

  it('names the file, the commitment and the field of a wrong continues', () => {
    const wrong: ChainLink[] = [
      ...links,
      { plan: 'y2025', id: 'typo', continues: 'y2024/kindergarden' },
      { plan: 'y2024', id: 'backwards', continues: 'y2026/roads' },
      { plan: 'y2026', id: 'twice', continues: 'y2024/kindergartens' },
    ];
    expect(checkChains(wrong, order, fileOf)).toEqual([
      'content/y2025/commitments.yaml (typo): `continues`: no commitment “y2024/kindergarden”',
      'content/y2024/commitments.yaml (backwards): `continues`: “y2026” is not an earlier plan than “y2024” (order)',
      'content/y2026/commitments.yaml (twice): `continues`: “y2024/kindergartens” is already continued by y2025/new-kindergartens',
    ]);
  });
});
