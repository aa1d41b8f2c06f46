/** The data changelog's additions: an added id is a commitment, an added field a CSV column, each listed once. */
import { describe, expect, it } from 'vitest';
import { additionProblems } from '#src/checks/commitment-additions.ts';

const change = (id: string, reason: string) => ({ id, filePath: 'content/p/commitments-changelog.yaml', data: { reason } });

describe('additionProblems', () => {
  it('accepts an added commitment and an added column', () => {
    expect(additionProblems([change('jobs', 'added'), change('unit_stated', 'field-added')], [{ id: 'jobs' }])).toEqual([]);
  });
  it('names an added id that is no commitment, a field that is no column, and a double entry', () => {
    expect(
      additionProblems(
        [
          change('gone', 'added'),
          change('colour', 'field-added'),
          change('unit_stated', 'field-added'),
          change('unit_stated', 'field-added'),
        ],
        [],
      ),
    ).toEqual([
      'content/p/commitments-changelog.yaml (gone): `id`: no commitment “gone”; an added id must exist',
      'content/p/commitments-changelog.yaml (colour): `id`: “colour” is not a column of the CSV',
      'content/p/commitments-changelog.yaml (unit_stated): `id`: “unit_stated” is listed as added twice',
    ]);
  });
});
