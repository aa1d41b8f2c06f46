/** Cross-references between commitments about one project: they exist and go both ways. */
import { describe, expect, it } from 'vitest';
import { seeAlsoProblems } from '#src/checks/commitment-see-also.ts';

const entry = (id: string, seeAlso?: string[]) => ({ id, filePath: 'content/p/commitments.yaml', data: { seeAlso } });

describe('seeAlsoProblems', () => {
  it('accepts a pair that names each other', () => {
    expect(seeAlsoProblems([entry('a', ['b']), entry('b', ['a'])])).toEqual([]);
  });
  it('names a reference to no commitment, one that is not returned, and one to itself', () => {
    expect(seeAlsoProblems([entry('a', ['b', 'zz', 'a']), entry('b')])).toEqual([
      'content/p/commitments.yaml (b): `seeAlso`: does not name “a” back',
      'content/p/commitments.yaml (a): `seeAlso`: no commitment “zz”',
      'content/p/commitments.yaml (a): `seeAlso`: names the commitment itself',
    ]);
  });
});
