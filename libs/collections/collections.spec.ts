import { groupBy } from './index';

describe('groupBy', () => {
  it('groups the items by key, in first-seen order of keys and in order within each group', () => {
    const grouped = groupBy(['b1', 'a1', 'b2', 'c1', 'a2'], (item) => item[0]);
    expect([...grouped]).toEqual([
      ['b', ['b1', 'b2']],
      ['a', ['a1', 'a2']],
      ['c', ['c1']],
    ]);
  });

  it('answers an empty map for no items', () => {
    expect(groupBy([], (item: string) => item).size).toBe(0);
  });
});
