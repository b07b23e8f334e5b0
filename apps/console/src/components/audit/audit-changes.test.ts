import { describe, expect, it } from 'vitest';
import { fieldChanges } from './audit-changes';

describe('fieldChanges', () => {
  it('lists only the fields that differ, in name order, without updatedAt', () => {
    expect(
      fieldChanges(
        { name: 'a', weight: 1, limits: { rpm: 5 }, updatedAt: 'x' },
        { name: 'a', weight: 2, limits: { rpm: 6 }, updatedAt: 'y', enabled: false },
      ),
    ).toEqual([
      { field: 'enabled', before: null, after: 'false' },
      { field: 'limits', before: '{"rpm":5}', after: '{"rpm":6}' },
      { field: 'weight', before: '1', after: '2' },
    ]);
  });

  it('shows a creation and a deletion as one-sided changes', () => {
    expect(fieldChanges(null, { name: 'p' })).toEqual([{ field: 'name', before: null, after: '"p"' }]);
    expect(fieldChanges({ name: 'p' }, null)).toEqual([{ field: 'name', before: '"p"', after: null }]);
  });
});
