import { describe, expect, it } from 'vitest';
import type { ScheduleEntry } from '../../../api/types';
import { compareEntries } from './compare-entries';

const source = { document: 'TB 5015', issuedOn: null, url: 'https://example.org' };
const entry = (date: string, reason = 'Tết'): ScheduleEntry => ({ date, kind: 'holiday', reason, reasonEn: 'Tet', source });

describe(compareEntries.name, () => {
  it('aligns entries by date and names what changed', () => {
    const rows = compareEntries([entry('2024-02-08'), entry('2024-02-09')], [entry('2024-02-09', 'Tết (30)'), entry('2024-02-10'), entry('2024-02-08')]);
    expect(rows.map((row) => [row.date, row.change])).toEqual([
      ['2024-02-08', 'same'], ['2024-02-09', 'changed'], ['2024-02-10', 'added'],
    ]);
    expect(compareEntries([entry('2024-01-01')], [])[0].change).toBe('removed');
  });
});
